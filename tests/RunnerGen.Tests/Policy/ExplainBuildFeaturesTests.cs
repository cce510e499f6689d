using System.Text.Json;
using RunnerGen.Cli;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Policy;

/// <summary><c>explain</c> says what image.platforms, image.sbom and image.provenance make, and what the host needs for them.</summary>
public sealed class ExplainBuildFeaturesTests
{
    [Theory]
    [InlineData("dind", "docker/setup-qemu-action registers them through the privileged daemon")]
    [InlineData("socket", "docker/setup-qemu-action registers them through the host's daemon")]
    [InlineData("dind-rootless", "a rootless daemon cannot register binfmt_misc handlers")]
    [InlineData("buildah", "Buildah brings no emulators: the host (each node, on Kubernetes) needs binfmt_misc handlers")]
    [InlineData("buildkit", "BuildKit uses its own emulators when the host has no binfmt_misc handlers")]
    public void Explain_says_what_non_native_platforms_need_from_the_host(string strategy, string need)
    {
        using var dir = new TempDir();
        dir.Write("presets/multi.yaml", $"trust: trusted\nstrategy: {strategy}\nimage:\n  destination: registry.example.com/team/app\n  platforms: [linux/amd64, linux/arm64]\n");

        var run = CliRun.In(dir.Path, "explain", "multi");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Build       images for linux/amd64, linux/arm64: a multi-platform image (a manifest list).\n            Non-native platforms run under QEMU", run.Out, StringComparison.Ordinal);
        Assert.Contains(need, run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("attests", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_names_the_attestations_in_text_and_json()
    {
        using var dir = new TempDir();
        dir.Write("presets/attest.yaml", "trust: trusted\nstrategy: buildkit\nimage:\n  destination: registry.example.com/team/app\n  sbom: true\n  provenance: true\n");

        var text = CliRun.In(dir.Path, "explain", "attest");
        var json = CliRun.In(dir.Path, "explain", "attest", "--format", "json");

        Assert.Contains("Build       attests an SBOM (SPDX, in-toto) and SLSA provenance (mode=max", text.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Out);
        var build = Assert.Single(document.RootElement.GetProperty("build").EnumerateArray());
        Assert.StartsWith("attests an SBOM", build.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_preset_without_the_keys_has_no_build_line()
    {
        using var dir = new TempDir();
        dir.Write("presets/plain.yaml", "trust: trusted\nstrategy: buildkit\nimage:\n  destination: registry.example.com/team/app\n");

        var text = CliRun.In(dir.Path, "explain", "plain");
        var json = CliRun.In(dir.Path, "explain", "plain", "--format", "json");

        Assert.DoesNotContain("Build ", text.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Out);
        Assert.False(document.RootElement.TryGetProperty("build", out _));
    }
}
