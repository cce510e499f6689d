using System.Text.Json;
using RunnerGen.Cli;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Cli;

/// <summary><c>explain</c> lists the files a preset gets, the runner's deployment included.</summary>
public sealed class ExplainOutputsTests
{
    [Fact]
    public void Explain_lists_the_outputs_with_the_helm_values_and_runner_tf()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();

        var text = CliRun.In(dir.Path, "explain", "untrusted-kaniko");
        var json = CliRun.In(dir.Path, "explain", "trusted-socket", "--format", "json");

        Assert.Equal(ExitCodes.Success, text.ExitCode);
        var line = text.Out.Split('\n').Single(l => l.StartsWith("Outputs     ", StringComparison.Ordinal));
        Assert.Contains("gitlab/config.toml, gitlab/.gitlab-ci.yml", line, StringComparison.Ordinal);
        Assert.Contains("gitlab/helm-values.yaml", line, StringComparison.Ordinal);
        Assert.Contains("gitlab/runner.tf", line, StringComparison.Ordinal);
        var outputs = JsonDocument.Parse(json.Out).RootElement.GetProperty("outputs").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("gitlab/runner.tf", outputs);
        Assert.DoesNotContain("gitlab/helm-values.yaml", outputs);
    }
}
