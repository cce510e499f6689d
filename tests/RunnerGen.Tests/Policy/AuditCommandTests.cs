using System.Text.Json;
using RunnerGen.Cli;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Policy;

public sealed class AuditCommandTests
{
    private static string Samples => Path.Combine(RepoPaths.TestProject, "Policy", "Samples");

    [Fact]
    public void A_hand_written_config_toml_gets_every_finding_at_its_line()
    {
        var run = CliRun.In(Samples, "audit", "hand-written-config.toml");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("hand-written-config.toml(10,18): error RG1001 privileged-container", run.Out, StringComparison.Ordinal);
        Assert.Contains("hand-written-config.toml(10,18): error RG1002 unscoped-privileged", run.Out, StringComparison.Ordinal);
        Assert.Contains("hand-written-config.toml(11,20): error RG1006 pull-if-not-present", run.Out, StringComparison.Ordinal);
        Assert.Contains("hand-written-config.toml(12,16): error RG1003 host-path: the host's Docker socket is mounted into every job", run.Out, StringComparison.Ordinal);
        Assert.Contains("hand-written-config.toml(13,21): error RG1004 unconfined-profile", run.Out, StringComparison.Ordinal);
        Assert.Contains("hand-written-config.toml(14,16): error RG1005 added-capabilities: cap_add adds SYS_ADMIN.", run.Out, StringComparison.Ordinal);
        Assert.Contains("error RG1007 no-allowed-images", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("adds CHOWN", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 file(s), 7 finding(s), 7 exceed what untrusted pipelines may have.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void At_trusted_the_same_findings_are_reported_but_allowed()
    {
        var run = CliRun.In(Samples, "audit", "hand-written-config.toml", "--trust", "trusted");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("warning RG1001 privileged-container", run.Out, StringComparison.Ordinal);
        Assert.Contains("7 finding(s), 0 exceed", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Internal_may_accept_risks_by_name_but_not_other_findings()
    {
        var run = CliRun.In(Samples, "audit", "privileged-pod.yaml", "--trust", "internal", "--accept-risk", "privileged", "--accept-risk", "host-socket");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("privileged-pod.yaml(1,1): Pod builder meets Pod Security level privileged.", run.Out, StringComparison.Ordinal);
        Assert.Contains("2 finding(s), 0 exceed", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_risky_workflow_is_caught()
    {
        var run = CliRun.In(Samples, "audit", "risky-workflow.yml", "--trust", "trusted");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("risky-workflow.yml(5,3): warning RG1011 excessive-permissions: contents: write for every job of the workflow.", run.Out, StringComparison.Ordinal);
        Assert.Contains("risky-workflow.yml(8,14): error RG1013 self-hosted-untrusted-events", run.Out, StringComparison.Ordinal);
        Assert.Contains("risky-workflow.yml(10,15): warning RG1010 unpinned-action: actions/checkout@v4 is not pinned to a commit SHA.", run.Out, StringComparison.Ordinal);
        Assert.Contains("risky-workflow.yml(10,9): warning RG1012 pull-request-target-checkout", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_restricted_workload_has_no_findings()
    {
        var run = CliRun.In(Samples, "audit", "restricted-deployment.yaml");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Deployment web pod template meets Pod Security level restricted.", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 file(s), 0 finding(s), 0 exceed", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lists_findings_with_status()
    {
        var run = CliRun.In(Samples, "audit", "privileged-pod.yaml", "--format", "json");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(["RG1001", "RG1003"], findings.Select(f => f.GetProperty("id").GetString()).Order());
        Assert.All(findings, f => Assert.Equal("exceeds", f.GetProperty("status").GetString()));
        Assert.Equal("privileged", json.RootElement.GetProperty("pods")[0].GetProperty("level").GetString());
    }

    [Fact]
    public void Sarif_is_a_valid_2_1_0_log_with_rules_and_located_results()
    {
        var run = CliRun.In(Samples, "audit", "hand-written-config.toml", "privileged-pod.yaml", "--format", "sarif");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        using var sarif = JsonDocument.Parse(run.Out);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var runElement = sarif.RootElement.GetProperty("runs")[0];
        var rules = runElement.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = runElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(9, results.Count);
        foreach (var result in results)
        {
            Assert.Equal(rules[result.GetProperty("ruleIndex").GetInt32()], result.GetProperty("ruleId").GetString());
            Assert.Equal("error", result.GetProperty("level").GetString());
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Matches(@"^(tests/RunnerGen\.Tests/Policy/Samples/)?(hand-written-config\.toml|privileged-pod\.yaml)$", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal("SRCROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        }
    }

    [Fact]
    public void A_missing_file_is_a_usage_error_and_an_unknown_one_is_skipped_so_nothing_was_audited()
    {
        using var dir = new TempDir();
        dir.Write("notes.yaml", "hello: world\n");

        var missing = CliRun.In(dir.Path, "audit", "nope.toml");
        var unknown = CliRun.In(dir.Path, "audit", "notes.yaml");

        Assert.Equal(ExitCodes.UsageError, missing.ExitCode);
        Assert.Contains("nope.toml: error RG0216: no such file or folder.", missing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, unknown.ExitCode);
        Assert.Contains("notes.yaml: warning RG0204: not a file runnergen audits", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("error RG0231: no file was audited", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_outputs_audit_clean_at_their_own_trust_level()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        var files = Directory.GetFiles(Path.Combine(dir.Path, "generated", "untrusted-kaniko"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir.Path, f))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var run = CliRun.In(dir.Path, ["audit", .. files, "--trust", "untrusted"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("0 exceed what untrusted pipelines may have.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_uris_are_relative_to_the_repository_root_with_a_uri_base_id_and_never_climb()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, ".git"));
        dir.Write("ci/runner/config.toml", "[[runners]]\n  executor = \"docker\"\n  [runners.docker]\n    privileged = true\n");
        Directory.CreateDirectory(Path.Combine(dir.Path, "presets"));

        var run = CliRun.In(Path.Combine(dir.Path, "presets"), "audit", "../ci/runner/config.toml", "--format", "sarif");

        using var sarif = JsonDocument.Parse(run.Out);
        var runElement = sarif.RootElement.GetProperty("runs")[0];
        var root = runElement.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString()!;
        Assert.StartsWith("file:///", root, StringComparison.Ordinal);
        Assert.EndsWith("/", root, StringComparison.Ordinal);
        Assert.Equal(new Uri(dir.Path + "/").AbsoluteUri, root);
        var artifact = runElement.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("ci/runner/config.toml", artifact.GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", artifact.GetProperty("uriBaseId").GetString());
        Assert.DoesNotContain("..", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_file_is_an_error_for_that_file_and_the_others_are_still_reported_in_sarif()
    {
        using var dir = new TempDir();
        dir.Write("good.toml", "[[runners]]\n  executor = \"docker\"\n  [runners.docker]\n    privileged = true\n");
        dir.Write("bad.toml", "[[runners]]\n  ...\n");

        var run = CliRun.In(dir.Path, "audit", "good.toml", "bad.toml", "--format", "sarif");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("bad.toml(2,3): error RG0230: invalid TOML", run.Error, StringComparison.Ordinal);
        using var sarif = JsonDocument.Parse(run.Out);
        var runElement = sarif.RootElement.GetProperty("runs")[0];
        var results = runElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "RG1001");
        Assert.All(results, r => Assert.Equal("good.toml", r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()));
        var invocation = runElement.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = invocation.GetProperty("toolExecutionNotifications")[0];
        Assert.Equal("RG0230", notification.GetProperty("descriptor").GetProperty("id").GetString());
        Assert.Equal(2, notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void A_folder_is_searched_for_files_runnergen_reads()
    {
        using var dir = new TempDir();
        dir.Write("ci/runner/config.toml", "[[runners]]\n  executor = \"shell\"\n");
        dir.Write("ci/.github/workflows/build.yml", "on: push\npermissions: {}\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n");
        dir.Write("ci/.git/config.toml", "this is not toml");
        dir.Write("ci/README.md", "# not read\n");

        var run = CliRun.In(dir.Path, "audit", "ci", "--format", "json");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var files = json.RootElement.GetProperty("files").EnumerateArray().Select(f => (f.GetProperty("file").GetString(), f.GetProperty("state").GetString())).ToList();
        Assert.Equal([("ci/.github/workflows/build.yml", "audited"), ("ci/runner/config.toml", "audited")], files);
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "RG1030");
        Assert.Equal(["github-workflow", "gitlab-config"], json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("kinds")[0].GetString()));
    }

    [Fact]
    public void Strict_makes_a_skipped_file_an_error()
    {
        using var dir = new TempDir();
        dir.Write("config.toml", "[[runners]]\n  executor = \"kubernetes\"\n  [runners.kubernetes]\n    allowed_images = [\"alpine:3.20\"]\n");
        dir.Write("compose.yaml", "services:\n  web:\n    image: nginx\n");

        var lenient = CliRun.In(dir.Path, "audit", "config.toml", "compose.yaml");
        var strict = CliRun.In(dir.Path, "audit", "config.toml", "compose.yaml", "--strict");

        Assert.Equal(ExitCodes.Success, lenient.ExitCode);
        Assert.Contains("compose.yaml: warning RG0204", lenient.Error, StringComparison.Ordinal);
        Assert.Contains("1 file(s), 0 finding(s), 0 exceed what untrusted pipelines may have. Not audited: 1 skipped, 0 with errors.", lenient.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, strict.ExitCode);
        Assert.Contains("compose.yaml: error RG0204", strict.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shell", "untrusted", ExitCodes.Refused)]
    [InlineData("ssh", "internal", ExitCodes.Refused)]
    [InlineData("custom", "internal", ExitCodes.Refused)]
    [InlineData("shell", "trusted", ExitCodes.Success)]
    public void Host_executors_exceed_every_level_below_trusted(string executor, string trust, int exit)
    {
        using var dir = new TempDir();
        dir.Write("config.toml", $"[[runners]]\n  executor = \"{executor}\"\n");

        var run = CliRun.In(dir.Path, "audit", "config.toml", "--trust", trust, "--accept-risk", "privileged", "--accept-risk", "host-socket");

        Assert.Equal(exit, run.ExitCode);
        Assert.Contains("config.toml(2,14): " + (exit == ExitCodes.Success ? "warning" : "error") + " RG1030 host-executor", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Expression_injection_exceeds_even_trusted_and_names_the_fix()
    {
        var corpus = Path.Combine(RepoPaths.TestProject, "Policy", "Corpus");

        var run = CliRun.In(corpus, "audit", "workflow-injection.yml", "--trust", "trusted");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("workflow-injection.yml(17,14): error RG1031 expression-injection: job 'triage' puts ${{ github.event.issue.title }} into its run:", run.Out, StringComparison.Ordinal);
        Assert.Contains("instead: Pass the value through an environment variable", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("github.repository", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Arc_dind_mode_is_the_privileged_pod_the_chart_renders()
    {
        var corpus = Path.Combine(RepoPaths.TestProject, "Policy", "Corpus");

        var run = CliRun.In(corpus, "audit", "arc-dind-values.yaml", "--trust", "internal", "--accept-risk", "privileged");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("ARC runner pod (containerMode dind, as the chart renders it) meets Pod Security level privileged.", run.Out, StringComparison.Ordinal);
        Assert.Contains("arc-dind-values.yaml(5,9): warning RG1001 privileged-container: initContainer 'dind' sets securityContext.privileged=true", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kaniko")]
    [InlineData("buildah")]
    [InlineData("buildkit")]
    public void A_generated_workflow_that_pushes_to_ghcr_uses_its_packages_scope(string strategy)
    {
        using var dir = new TempDir();
        var accept = strategy == "kaniko" ? string.Empty : "acceptRisks: [unconfined, added-capabilities]\n";
        dir.Write("presets/app.yaml", $"trust: internal\nstrategy: {strategy}\nexecutor: kubernetes\n{accept}image:\n  destination: ghcr.io/example/app\n");
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);

        var run = CliRun.In(dir.Path, "audit", "generated/app/github", "--trust", "internal", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Contains("packages: write", File.ReadAllText(Path.Combine(dir.Path, "generated", "app", "github", "build-image.yml")), StringComparison.Ordinal);
        Assert.DoesNotContain(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "RG1011");
    }
}
