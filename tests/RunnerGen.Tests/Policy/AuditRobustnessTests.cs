using RunnerGen.Audit;
using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Presets;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Policy;

/// <summary>Files of the wrong shape never take an audit down: each is audited, skipped or an RG0230 error.</summary>
public sealed class AuditRobustnessTests
{
    public static TheoryData<string, string> Shapes => new()
    {
        { "redefined.toml", "[runners]\nname = 1\n[runners.name.x]\ny = 2\n" },
        { "value-then-table.toml", "concurrent = 1\nrunners = 3\n[runners.docker]\nprivileged = true\n" },
        { "unclosed-template.yaml", "gitlabUrl: https://gitlab.example.com/\nrunners:\n  config: |\n    [[runners]]\n      executor = {{ .Values.x\n" },
        { "template-everywhere.yaml", "gitlabUrl: x\nrunners:\n  config: |\n    {{ include \"all\" . }}\n    [[runners]]\n      executor = \"{{ .Values.e }}\"\n      [runners.docker]\n        privileged = {{ .Values.p }}\n        volumes = {{ toJson .Values.v }}\n" },
        { "only-separators.yaml", "---\n---\n...\n" },
        { "binary.yaml", "\u0001\u0002\u0000\u00ff" },
        { "jobs-list.yml", "on: push\njobs: [a, b]\n" },
        { "odd-runs-on.yml", "on: pull_request\njobs:\n  a:\n    runs-on: 3\n    strategy:\n      matrix: ${{ fromJSON(inputs.m) }}\n    steps: 7\n  b:\n    runs-on: ${{ matrix.x }}\n    strategy:\n      matrix:\n        include: [1, {x: [1, 2]}]\n" },
        { "arc-odd.yaml", "githubConfigUrl: x\ncontainerMode:\n  type: dind\ntemplate: nothing\n" },
        { "hook-odd.yaml", "spec:\n  containers: [1, \"two\", {name: $job, securityContext: 5}]\n" },
        { "list-odd.yaml", "kind: List\nitems: [1, {kind: List, items: [{kind: CronJob, spec: {jobTemplate: 4}}]}]\n" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_file_of_any_shape_is_audited_skipped_or_an_error_never_a_crash(string name, string content)
    {
        using var dir = new TempDir();
        dir.Write(name, content);

        var report = Auditor.Run(new AuditRequest([name], dir.Path, TrustLevel.Untrusted, [], Strict: false));

        Assert.Single(report.Files);
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == DiagnosticIds.AuditFileFailed);
        if (report.Files[0].State == AuditFileState.Failed)
        {
            Assert.Contains(report.Diagnostics, d => d.Id == DiagnosticIds.AuditUnparsable && d.Location.File == name);
            Assert.Empty(report.Findings);
        }
    }

    [Fact]
    public void Template_expressions_are_unknown_values_not_findings_or_errors()
    {
        using var dir = new TempDir();
        dir.Write("values.yaml", Shapes.Single(s => (string)s[0] == "template-everywhere.yaml")[1].ToString()!);

        var report = Auditor.Run(new AuditRequest(["values.yaml"], dir.Path, TrustLevel.Untrusted, [], Strict: false));

        Assert.Equal(AuditFileState.Audited, report.Files[0].State);
        Assert.Empty(report.Diagnostics);
        Assert.DoesNotContain(report.Findings, f => f.Finding.Rule.Id is "RG1001" or "RG1003");
        Assert.Contains(report.Findings, f => f.Finding.Rule.Id == "RG1007" && f.Finding.Location.Line == 7);
    }
}
