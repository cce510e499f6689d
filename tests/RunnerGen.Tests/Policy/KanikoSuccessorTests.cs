using RunnerGen.Cli;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Policy;

/// <summary>Kaniko presets are told what its maintained successors need and cost at their trust level; nothing changes their strategy.</summary>
public sealed class KanikoSuccessorTests
{
    [Fact]
    public void Explain_of_an_untrusted_kaniko_preset_says_the_successors_need_a_risk_it_cannot_accept()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();

        var run = CliRun.In(dir.Path, "explain", "untrusted-kaniko");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Successors  ", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n            buildkit: needs unconfined, which untrusted presets cannot accept", run.Out);
        Assert.Matches(@"\n            buildah: needs unconfined, which untrusted presets cannot accept", run.Out);
        Assert.Contains("hostUsers: false", run.Out, StringComparison.Ordinal);
        Assert.Contains("Kubernetes 1.36", run.Out, StringComparison.Ordinal);
        Assert.Contains("Strategy    kaniko:", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("internal", "", "needs unconfined: accept it with acceptRisks: [unconfined]")]
    [InlineData("internal", "acceptRisks: [unconfined]\n", "needs unconfined, which this preset accepts")]
    [InlineData("trusted", "", "needs unconfined, which trusted presets may have")]
    public void Explain_prices_the_successors_at_the_preset_trust_level(string trust, string accept, string cost)
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", $"trust: {trust}\nstrategy: kaniko\n{accept}image:\n  destination: registry.example.com/team/web\n");

        var run = CliRun.In(dir.Path, "explain", "web");

        Assert.Contains($"buildkit: {cost}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"buildah: {cost}", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_json_lists_the_successors()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();

        var run = CliRun.In(dir.Path, "explain", "untrusted-kaniko", "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        var lines = json.RootElement.GetProperty("successors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal("buildkit: needs unconfined, which untrusted presets cannot accept", lines[0]);
        Assert.Equal("buildah: needs unconfined, which untrusted presets cannot accept", lines[1]);
        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public void A_descriptor_naming_an_unknown_successor_is_an_error()
    {
        var files = RunnerGen.Model.StrategyCatalogLoader.BuiltInFiles()
            .Select(f => f.Id == "kaniko" ? f with { Text = f.Text.Replace("successors: [buildkit, buildah]", "successors: [buildkit, buildahh]", StringComparison.Ordinal) } : f)
            .ToList();
        var diagnostics = new RunnerGen.Diagnostics.DiagnosticBag();

        RunnerGen.Model.StrategyCatalogLoader.Load(files, diagnostics);

        Assert.Contains(diagnostics.Sorted(), d => d.Message.Contains("successor 'buildahh' is not a strategy", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_of_another_strategy_names_no_successors()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();

        var run = CliRun.In(dir.Path, "explain", "internal-buildah");

        Assert.DoesNotContain("Successors", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void New_with_the_kaniko_strategy_says_the_same_in_one_line_and_keeps_kaniko()
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, "new", "--strategy", "kaniko");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var line = Assert.Single(run.Out.Split('\n'), l => l.StartsWith("successors: ", StringComparison.Ordinal));
        Assert.Contains("buildkit, buildah need unconfined, which untrusted presets cannot accept", line, StringComparison.Ordinal);
        Assert.Contains("runnergen explain untrusted-kaniko", line, StringComparison.Ordinal);
        Assert.Contains("strategy: kaniko", File.ReadAllText(Path.Combine(dir.Path, "presets", "untrusted-kaniko.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void New_with_another_strategy_prints_no_successor_line()
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, "new", "--strategy", "buildkit", "--trust", "trusted");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("successors:", run.Out, StringComparison.Ordinal);
    }
}
