using System.Text.Json;
using RunnerGen.Cli;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Policy;

/// <summary><c>explain</c> says where the runner's cache lives, how its credentials arrive, and how the scale set runs.</summary>
public sealed class ExplainCacheAndArcTests
{
    [Fact]
    public void Explain_names_the_cache_path_its_credentials_and_the_scale_set_settings()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();

        var run = CliRun.In(dir.Path, "explain", "internal-kaniko-cache");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Cache       s3 bucket ci-runner-cache at runnergen/internal/internal-kaniko-cache, not shared with other runners; credentials: the runner's cloud identity (no key written)", run.Out, StringComparison.Ordinal);
        Assert.Contains("ARC         containerMode kubernetes-novolume (no work volume claim); runner group internal-builds; labels internal-kaniko", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_json_lists_the_secret_items_and_the_scale_set_settings()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", "trust: internal\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/web\nrunner:\n  cache: {type: s3, bucket: ci-cache, credentialsSecret: cache-s3}\ngithub:\n  storageClassName: fast\n");

        var run = CliRun.In(dir.Path, "explain", "web", "--format", "json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var cache = json.RootElement.GetProperty("cache");
        Assert.Equal("runnergen/internal/web", cache.GetProperty("path").GetString());
        Assert.False(cache.GetProperty("shared").GetBoolean());
        Assert.Equal("cache-s3", cache.GetProperty("credentialsSecret").GetString());
        Assert.Equal(["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"], cache.GetProperty("secretItems").EnumerateArray().Select(i => i.GetProperty("env").GetString()));
        var arc = json.RootElement.GetProperty("arc");
        Assert.Equal("kubernetes", arc.GetProperty("containerMode").GetString());
        Assert.Equal(JsonValueKind.Null, arc.GetProperty("runnerGroup").ValueKind);
        Assert.Equal("fast", arc.GetProperty("storageClassName").GetString());
    }

    [Fact]
    public void A_preset_without_cache_or_scale_set_has_neither_line()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", "trust: internal\nstrategy: kaniko\nexecutor: docker\nplatforms: [gitlab]\nimage:\n  destination: registry.example.com/team/web\n");

        var text = CliRun.In(dir.Path, "explain", "web");
        var json = CliRun.In(dir.Path, "explain", "web", "--format", "json");

        Assert.DoesNotContain("Cache ", text.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("ARC   ", text.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("cache").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("arc").ValueKind);
    }
}
