using System.Text.Json;
using System.Text.RegularExpressions;
using RunnerGen.Cli;
using RunnerGen.Diagnostics;
using RunnerGen.Policy.PodSecurity;
using RunnerGen.Tests.Support;
using RunnerGen.Yaml;

namespace RunnerGen.Tests.Isolation;

/// <summary>
/// What the policy and explain make of runner.isolation and runner.runtimeClass: explain says what they buy and need,
/// the findings say a user namespace is there, and neither changes a Pod Security level, a finding's rule or the verdict.
/// </summary>
public sealed partial class IsolationPolicyTests
{
    private const string Buildah = "trust: internal\nstrategy: buildah\nacceptRisks: [unconfined]\nimage:\n  destination: registry.example.com/team/web\n";

    [Fact]
    public void Explain_says_what_a_user_namespace_buys_and_needs_and_the_verdict_stays_the_same()
    {
        var plain = Explain(Buildah);
        var isolated = Explain(Buildah + "runner:\n  isolation: user-namespace\n  runtimeClass: gvisor\n");

        Assert.Contains("Isolation   user-namespace: every pod has hostUsers: false.", isolated, StringComparison.Ordinal);
        Assert.Contains("Linux 6.3+", isolated, StringComparison.Ordinal);
        Assert.Contains("runtimeClass gvisor: every pod runs with runtimeClassName gvisor. runnergen cannot tell what that class isolates", isolated, StringComparison.Ordinal);
        Assert.DoesNotContain("Isolation", plain, StringComparison.Ordinal);
        Assert.Equal(Verdict(plain), Verdict(isolated));
        Assert.Equal(Levels(plain), Levels(isolated));
        Assert.Equal(Rules(plain), Rules(isolated));
    }

    [Fact]
    public void Unconfined_findings_of_a_user_namespaced_pod_say_so_and_keep_their_rule_and_severity()
    {
        var isolated = Explain(Buildah + "runner:\n  isolation: user-namespace\n");

        Assert.Matches(@"medium\s+RG1004 unconfined-profile\s+accepted\s+\S+build-pod\.yaml\S+\s+.*The pod has hostUsers: false", isolated);
    }

    [Fact]
    public void Rootless_buildkit_is_told_that_its_subordinate_ids_need_more_than_a_pods_default_range()
    {
        var text = Explain("trust: trusted\nstrategy: buildkit\nimage:\n  destination: registry.example.com/team/web\nrunner:\n  isolation: user-namespace\n");

        Assert.Contains("userNamespaces.idsPerPod", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_json_lists_the_isolation_lines()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/web\nrunner:\n  isolation: user-namespace\n");

        var run = CliRun.In(dir.Path, "explain", "web", "--format", "json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var lines = json.RootElement.GetProperty("isolation").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(lines, l => l!.StartsWith("kaniko runs as root", StringComparison.Ordinal));
        Assert.Equal("allowed", json.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public void Pod_security_waives_run_as_root_checks_for_the_user_namespaced_kaniko_pod_from_policy_1_35_only()
    {
        var plain = BuildPod("untrusted-kaniko-kubernetes");
        var isolated = BuildPod("untrusted-kaniko-kubernetes-userns");

        // Without a user namespace the root Kaniko pod fails runAsNonRoot at every version.
        Assert.Contains(PodSecurityEvaluator.Evaluate(plain).Restricted, v => v.CheckId == "runAsNonRoot");
        Assert.Contains(PodSecurityEvaluator.Evaluate(isolated, 34).Restricted, v => v.CheckId == "runAsNonRoot");
        var latest = PodSecurityEvaluator.Evaluate(isolated);
        Assert.DoesNotContain(latest.Restricted, v => v.CheckId is "runAsNonRoot" or "runAsUser");

        // Still not restricted: Kaniko keeps the default capabilities (no drop ALL). Baseline either way.
        Assert.Contains(latest.Restricted, v => v.CheckId == "capabilities_restricted");
        Assert.Equal(PodSecurityEvaluator.Evaluate(plain).Level, latest.Level);
    }

    private static YMapping BuildPod(string preset)
    {
        var file = Matrix.Result.Files.Single(f => f.Preset == preset && f.Output.Id == "build-pod");
        var diagnostics = new DiagnosticBag();
        return (YMapping)YamlDocumentLoader.Load(file.Content, file.Path, diagnostics)!;
    }

    private static string Explain(string preset)
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", preset);
        var run = CliRun.In(dir.Path, "explain", "web");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        return run.Out;
    }

    private static string Verdict(string text) => text.Split('\n').Single(l => l.StartsWith("Verdict", StringComparison.Ordinal));

    private static List<string> Levels(string text) => [.. LevelRegex().Matches(text).Select(m => m.Value)];

    private static List<string> Rules(string text) => [.. RuleRegex().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"^  (Pod|ARC)\S*(?: \S+)*?\s+(privileged|baseline|restricted)\b", RegexOptions.Multiline)]
    private static partial Regex LevelRegex();

    [GeneratedRegex(@"^  (high|medium|low)\s+RG\d{4} \S+\s+\S+", RegexOptions.Multiline)]
    private static partial Regex RuleRegex();
}
