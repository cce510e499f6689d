using RunnerGen.Cli;
using RunnerGen.Diagnostics;
using RunnerGen.Policy;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Policy;

/// <summary>Auditing the generated Helm values audits the config.toml they carry, with the config.toml rules.</summary>
public sealed class HelmValuesAuditTests
{
    public static TheoryData<string> Presets => [.. BuiltIn.Files.Where(f => f.Output.Id == "gitlab-helm-values").Select(f => f.Preset)];

    [Theory]
    [MemberData(nameof(Presets))]
    public void Helm_values_get_the_findings_and_the_verdict_of_their_config_toml(string preset)
    {
        var toml = Report($"{preset}/gitlab/config.toml");
        var values = Report($"{preset}/gitlab/helm-values.yaml");
        var offset = Offset(preset);

        Assert.Equal(DocumentKind.GitlabRunnerHelmValues, values.Kind);
        Assert.Equal(
            toml.Findings.Select(f => (f.Rule.Id, f.Location.Line + offset, f.What)),
            values.Findings.Select(f => (f.Rule.Id, f.Location.Line, f.What)));
        var verdict = Assert.Single(BuiltIn.Result.Verdicts, v => v.Preset.Name == preset);
        Assert.Equal(
            toml.Findings.Select(f => f.Rule.Status(verdict.Preset.Trust, verdict.Preset.AcceptRisks)),
            values.Findings.Select(f => f.Rule.Status(verdict.Preset.Trust, verdict.Preset.AcceptRisks)));
    }

    [Fact]
    public void The_trusted_dind_values_carry_findings_to_compare()
    {
        Assert.NotEmpty(Report("trusted-dind/gitlab/helm-values.yaml").Findings);
    }

    [Theory]
    [InlineData("trusted-dind", "trusted", ExitCodes.Success)]
    [InlineData("trusted-dind", "untrusted", ExitCodes.Refused)]
    [InlineData("untrusted-kaniko", "untrusted", ExitCodes.Success)]
    public void Audit_gives_the_helm_values_the_verdict_of_the_config_toml(string preset, string trust, int expected)
    {
        using var dir = new TempDir();
        dir.Write("config.toml", BuiltIn.File($"{preset}/gitlab/config.toml").Content);
        dir.Write("helm-values.yaml", BuiltIn.File($"{preset}/gitlab/helm-values.yaml").Content);

        var toml = CliRun.In(dir.Path, "audit", "config.toml", "--trust", trust, "--format", "json");
        var values = CliRun.In(dir.Path, "audit", "helm-values.yaml", "--trust", trust, "--format", "json");

        Assert.Equal(expected, toml.ExitCode);
        Assert.Equal(toml.ExitCode, values.ExitCode);
        Assert.Equal(Count(toml.Out, "\"rule\""), Count(values.Out, "\"rule\""));
    }

    [Fact]
    public void Audit_skips_runner_tf_by_name()
    {
        using var dir = new TempDir();
        dir.Write("runner.tf", BuiltIn.File("untrusted-kaniko/gitlab/runner.tf").Content);
        dir.Write("config.toml", BuiltIn.File("untrusted-kaniko/gitlab/config.toml").Content);

        var run = CliRun.In(dir.Path, "audit", "runner.tf", "config.toml");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("a Terraform file", run.Error + run.Out, StringComparison.Ordinal);
        Assert.Contains(DiagnosticIds.UnknownDocument, run.Error + run.Out, StringComparison.Ordinal);
    }

    private static int Count(string text, string what) => (text.Length - text.Replace(what, string.Empty, StringComparison.Ordinal).Length) / what.Length;

    private static int Offset(string preset)
    {
        // The config.toml starts on the line after "  config: |".
        var lines = BuiltIn.File($"{preset}/gitlab/helm-values.yaml").Content.Split('\n');
        return Array.FindIndex(lines, l => l == "  config: |") + 1;
    }

    private static FileReport Report(string path)
    {
        var file = BuiltIn.File(path);
        var diagnostics = new DiagnosticBag();
        var root = PolicyEngine.Parse(path, file.Content, PolicyEngine.IsToml(path), diagnostics);
        var report = PolicyEngine.Check(path, file.Content, root, PolicyEngine.Detect(path, root), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return report;
    }
}
