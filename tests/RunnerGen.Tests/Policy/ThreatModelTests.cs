using RunnerGen.Generation;
using RunnerGen.Model;
using RunnerGen.Policy;
using RunnerGen.Presets;
using RunnerGen.Rendering;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Policy;

/// <summary>
/// trust × strategy × executor × platform: the findings of the threat-model rules (RG1015–RG1017) and the verdict,
/// read from the rendered files and compared with verdicts written out by hand below (not derived from the rules).
/// </summary>
public sealed class ThreatModelTests
{
    private const string ForkOnPersistentRunner = "RG1015";
    private const string RunnerHostSocket = "RG1016";
    private const string PushCredentials = "RG1017";

    /// <summary>What the strategy itself needs accepted at internal (written out, not read from the catalog).</summary>
    private static readonly Dictionary<string, string[]> StrategyRisks = new(StringComparer.Ordinal)
    {
        ["dind"] = ["privileged"],
        ["dind-rootless"] = ["privileged"],
        ["socket"] = ["host-socket"],
        ["kaniko"] = [],
        ["buildah"] = ["unconfined"],
        ["buildkit"] = ["unconfined"],
    };

    public static TheoryData<string, string, string, string, string> Matrix()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var trust in new[] { "untrusted", "internal", "trusted" })
        {
            foreach (var strategy in StrategyRisks.Keys)
            {
                foreach (var executor in new[] { "docker", "kubernetes" })
                {
                    foreach (var platform in new[] { "gitlab", "github" })
                    {
                        if (trust != "internal")
                        {
                            data.Add(trust, strategy, executor, platform, string.Empty);
                            continue;
                        }

                        // The strategy's own risks, and those plus the host socket (one case where they are the same).
                        var own = string.Join(",", StrategyRisks[strategy]);
                        var withSocket = string.Join(",", StrategyRisks[strategy].Append("host-socket").Distinct());
                        data.Add(trust, strategy, executor, platform, own);
                        if (withSocket != own)
                        {
                            data.Add(trust, strategy, executor, platform, withSocket);
                        }
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Findings_and_verdict_match_the_threat_model(string trust, string strategy, string executor, string platform, string accepted)
    {
        var accepts = accepted.Length == 0 ? [] : accepted.Split(',');
        var verdict = Render(trust, strategy, executor, platform, accepts);

        // Hand-written expectations.
        var githubOnDockerHost = platform == "github" && executor == "docker";
        var expectForkRule = githubOnDockerHost && trust == "untrusted";
        var expectHostSocket = githubOnDockerHost;
        var hostSocketStatus = trust == "trusted" ? FindingStatus.Allowed
            : trust == "internal" && accepts.Contains("host-socket") ? FindingStatus.Accepted
            : FindingStatus.Exceeds;
        var strategyFits = trust == "trusted" || (trust == "internal" ? StrategyRisks[strategy].All(accepts.Contains) : StrategyRisks[strategy].Length == 0);
        var expectRefused = !strategyFits || expectForkRule || (expectHostSocket && hostSocketStatus == FindingStatus.Exceeds);

        var combination = $"{trust}/{strategy}/{executor}/{platform} accepting [{accepted}]";
        var found = verdict.Findings.Select(f => (f.Rule.Id, Status: f.Rule.Status(verdict.Preset.Trust, verdict.Preset.AcceptRisks))).ToList();
        var all = string.Join("; ", verdict.Findings.Select(f => $"{f.Rule.Id} {f.Location}: {f.What}"));

        Assert.True(expectForkRule == found.Any(f => f.Id == ForkOnPersistentRunner), $"{combination}: RG1015 expected={expectForkRule}; findings: {all}");
        Assert.True(expectHostSocket == found.Any(f => f.Id == RunnerHostSocket), $"{combination}: RG1016 expected={expectHostSocket}; findings: {all}");
        if (expectHostSocket)
        {
            Assert.All(found.Where(f => f.Id == RunnerHostSocket), f => Assert.Equal(hostSocketStatus, f.Status));
        }

        if (expectForkRule)
        {
            Assert.All(found.Where(f => f.Id == ForkOnPersistentRunner), f => Assert.Equal(FindingStatus.Exceeds, f.Status));
        }

        // Push credentials and cache writes: never for the untrusted Kaniko build (the one untrusted strategy),
        // always (and allowed) where internal and trusted builds push.
        if (trust == "untrusted" && strategy == "kaniko")
        {
            Assert.DoesNotContain(found, f => f.Id == PushCredentials);
        }
        else if (trust != "untrusted")
        {
            Assert.Contains(found, f => f.Id == PushCredentials);
            Assert.All(found.Where(f => f.Id == PushCredentials), f => Assert.Equal(FindingStatus.Allowed, f.Status));
        }

        // Docker daemons never listen on the pod network without TLS, and every Kubernetes preset isolates its pods.
        Assert.DoesNotContain(found, f => f.Id is "RG1018" or "RG1019");
        var files = RenderWithFiles(trust, strategy, executor, platform, accepts).Files;
        var policies = files.Where(f => f.Path.EndsWith("kubernetes/network-policy.yaml", StringComparison.Ordinal)).ToList();
        Assert.Equal(executor == "kubernetes" ? 1 : 0, policies.Count);
        foreach (var policy in policies.Select(p => Parsed.NetworkPolicy(p.Content)))
        {
            Assert.Equal("ci-p", policy.Metadata.NamespaceProperty);
            Assert.Empty(policy.Spec.PodSelector.MatchLabels ?? new Dictionary<string, string>());
            Assert.Empty(policy.Spec.PodSelector.MatchExpressions ?? []);
            Assert.Equal(["Ingress", "Egress"], policy.Spec.PolicyTypes);
            Assert.Empty(policy.Spec.Ingress ?? []);
            Assert.Contains(policy.Spec.Egress, e => e.To.Any(t => t.IpBlock is { Cidr: "0.0.0.0/0" } block && block.Except.Contains("169.254.0.0/16")));
        }

        Assert.True(expectRefused == verdict.Refused, $"{combination}: expected refused={expectRefused}; exceeding: {string.Join("; ", verdict.Exceeding.Select(f => $"{f.Rule.Id} {f.Location}: {f.What}"))}");
    }

    [Fact]
    public void An_untrusted_GitHub_preset_on_a_Docker_host_is_refused_with_why_and_what_fits()
    {
        var verdict = Render("untrusted", "kaniko", "docker", "github", []);

        Assert.True(verdict.Refused);
        var finding = Assert.Single(verdict.Exceeding, f => f.Rule.Id == ForkOnPersistentRunner);
        Assert.Contains("a fork decides what the job runs", finding.Rule.Why, StringComparison.Ordinal);
        Assert.Contains("executor: kubernetes", finding.Rule.Instead, StringComparison.Ordinal);
        Assert.Contains("executor: kubernetes", verdict.Alternatives(), StringComparison.Ordinal);
    }

    [Fact]
    public void Untrusted_GitLab_jobs_get_no_registry_credentials_and_write_no_cache()
    {
        var ci = Parsed.Yaml(File("untrusted", "kaniko", "kubernetes", "gitlab", [], ".gitlab-ci.yml"));

        var text = string.Join("\n", Flatten(ci));
        Assert.DoesNotContain("CI_REGISTRY_PASSWORD", text, StringComparison.Ordinal);
        Assert.DoesNotContain("--cache", text, StringComparison.Ordinal);
        Assert.Contains("--no-push", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_untrusted_GitLab_build_pushes_only_to_the_quarantine_repository_with_its_own_credentials()
    {
        var (verdict, files) = RenderWithFiles("untrusted", "kaniko", "kubernetes", "gitlab", [], "  quarantine: quarantine.example.com/untrusted/app\n");
        var ci = Parsed.Yaml(files.Single(f => f.Path.EndsWith(".gitlab-ci.yml", StringComparison.Ordinal)).Content);
        var variables = (Dictionary<object, object>)((Dictionary<object, object>)ci[".runnergen-image"])["variables"];
        var script = string.Join("\n", Flatten(((Dictionary<object, object>)ci["build-image"])["script"]));

        Assert.Equal("quarantine.example.com/untrusted/app", ((Dictionary<object, object>)variables["IMAGE_QUARANTINE"])["value"]);
        Assert.Equal("quarantine.example.com", ((Dictionary<object, object>)variables["IMAGE_QUARANTINE_REGISTRY"])["value"]);
        Assert.DoesNotContain("REGISTRY_PASSWORD", variables.Keys);
        Assert.Contains("--destination \"$IMAGE_QUARANTINE:$CI_COMMIT_SHA\"", script, StringComparison.Ordinal);
        Assert.Contains("$QUARANTINE_REGISTRY_PASSWORD", script, StringComparison.Ordinal);
        Assert.DoesNotContain("$IMAGE_DESTINATION", script, StringComparison.Ordinal);
        Assert.DoesNotContain("--cache", script, StringComparison.Ordinal);
        Assert.False(verdict.Refused);
        Assert.DoesNotContain(verdict.Findings, f => f.Rule.Id == PushCredentials);
    }

    [Theory]
    [InlineData("pull_request", "untrusted", "", "RG1015", 1)]
    [InlineData("push", "untrusted", "", "RG1016", 1)]
    [InlineData("push", "internal", "", "RG1016", 1)]
    [InlineData("push", "internal", "host-socket", "RG1016", 0)]
    [InlineData("push", "trusted", "", "RG1016", 0)]
    public void Audit_applies_the_threat_model_to_a_hand_written_workflow(string trigger, string trust, string accept, string rule, int exitCode)
    {
        using var dir = new TempDir();
        dir.Write("build.yml", $"on:\n  {trigger}: {{}}\npermissions: {{}}\njobs:\n  build:\n    runs-on: [self-hosted, linux]\n    container:\n      image: alpine:3\n    steps:\n      - run: make\n");
        string[] args = accept.Length == 0 ? ["audit", "build.yml", "--trust", trust] : ["audit", "build.yml", "--trust", trust, "--accept-risk", accept];

        var run = CliRun.In(dir.Path, args);

        Assert.True(exitCode == run.ExitCode, run.Out + run.Error);
        Assert.Contains(rule, run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_edited_untrusted_job_that_logs_in_is_refused()
    {
        var ci = File("untrusted", "kaniko", "kubernetes", "gitlab", [], ".gitlab-ci.yml");
        var edited = ci.Replace("build-image:\n", "build-image:\n  variables:\n    REGISTRY_PASSWORD: $CI_REGISTRY_PASSWORD\n", StringComparison.Ordinal);
        var diagnostics = new Diagnostics.DiagnosticBag();
        var root = PolicyEngine.Parse("ci.yml", edited, toml: false, diagnostics);
        var report = PolicyEngine.Check("ci.yml", edited, root, DocumentKind.GitlabCi, diagnostics);

        var finding = Assert.Single(report.Findings, f => f.Rule.Id == PushCredentials);
        Assert.Equal(FindingStatus.Exceeds, finding.Rule.Status(TrustLevel.Untrusted, []));
    }

    [Theory]
    [InlineData("kubernetes")]
    [InlineData("docker")]
    public void Trusted_workflows_run_manually_only_on_protected_refs_and_keep_secrets_in_an_environment(string executor)
    {
        var (verdict, files) = RenderWithFiles("trusted", "dind", executor, "github", []);
        var workflow = Parsed.Yaml(files.Single(f => f.Path.EndsWith("build-image.yml", StringComparison.Ordinal)).Content);
        var job = (Dictionary<object, object>)((Dictionary<object, object>)workflow["jobs"])["build"];

        Assert.Contains("workflow_dispatch", ((Dictionary<object, object>)workflow["on"]).Keys);
        Assert.Equal("github.event_name != 'workflow_dispatch' || github.ref_protected", job["if"]);
        Assert.Equal("registry", job["environment"]);
        Assert.DoesNotContain(verdict.Findings, f => f.Rule.Id == "RG1020");
    }

    [Fact]
    public void Internal_workflows_keep_skipping_fork_pull_requests()
    {
        var workflow = Parsed.Yaml(File("internal", "kaniko", "kubernetes", "github", [], "build-image.yml"));
        var job = (Dictionary<object, object>)((Dictionary<object, object>)workflow["jobs"])["build"];

        Assert.Contains("pull_request", ((Dictionary<object, object>)workflow["on"]).Keys);
        Assert.Contains("github.event.pull_request.head.repo.full_name == github.repository", (string)job["if"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_protected_refs_workflow_without_a_ref_guard_or_environment_is_reported()
    {
        const string workflow = "on:\n  workflow_dispatch: {}\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo \"${{ secrets.REGISTRY_PASSWORD }}\"\n";

        var findings = Check("build.yml", workflow).Findings.Where(f => f.Rule.Id == "RG1020").ToList();

        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.What.Contains("workflow_dispatch from any branch", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.What.Contains("without a GitHub environment", StringComparison.Ordinal));
    }

    [Fact]
    public void Rootless_dind_on_Kubernetes_talks_TLS_through_an_emptyDir()
    {
        var ci = Parsed.Yaml(File("internal", "dind-rootless", "kubernetes", "gitlab", ["privileged"], ".gitlab-ci.yml"));
        var config = Parsed.Toml(File("internal", "dind-rootless", "kubernetes", "gitlab", ["privileged"], "config.toml"));
        var pod = Parsed.Pod(File("internal", "dind-rootless", "kubernetes", "gitlab", ["privileged"], "build-pod.yaml"));

        var variables = (Dictionary<object, object>)((Dictionary<object, object>)ci["build-image"])["variables"];
        Assert.Equal("tcp://docker:2376", variables["DOCKER_HOST"]);
        Assert.Equal("/certs", variables["DOCKER_TLS_CERTDIR"]);
        Assert.Equal("1", variables["DOCKER_TLS_VERIFY"]);
        var kubernetes = (Tomlyn.Model.TomlTable)((Tomlyn.Model.TomlTable)((Tomlyn.Model.TomlTableArray)config["runners"])[0]["kubernetes"]);
        var emptyDirs = (Tomlyn.Model.TomlTableArray)((Tomlyn.Model.TomlTable)kubernetes["volumes"])["empty_dir"];
        Assert.Contains(emptyDirs, v => (string)v["mount_path"] == "/certs/client");
        var daemon = pod.Spec.InitContainers.Single(c => c.Name == "dind");
        Assert.Equal("/certs", daemon.Env.Single(e => e.Name == "DOCKER_TLS_CERTDIR").Value);
        Assert.Contains(daemon.VolumeMounts, m => m.MountPath == "/certs/client");
        var build = pod.Spec.Containers.Single(c => c.Name == "build");
        Assert.Equal("tcp://localhost:2376", build.Env.Single(e => e.Name == "DOCKER_HOST").Value);
        Assert.Contains(pod.Spec.Volumes, v => v.Name == "docker-certs" && v.EmptyDir is not null);
    }

    [Fact]
    public void A_daemon_without_TLS_in_a_pod_and_an_open_NetworkPolicy_are_findings()
    {
        const string pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: dind\n      image: docker:dind-rootless\n      env:\n        - name: DOCKER_TLS_CERTDIR\n          value: \"\"\n";
        const string socketOnly = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: dind\n      image: docker:dind-rootless\n      args: [dockerd, --host=unix:///run/user/1001/docker.sock]\n      env:\n        - name: DOCKER_TLS_CERTDIR\n          value: \"\"\n";
        const string policy = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: open\nspec:\n  podSelector: {}\n  ingress:\n    - {}\n";

        Assert.Contains(Check("pod.yaml", pod).Findings, f => f.Rule.Id == "RG1018" && f.Rule.Exceeds(TrustLevel.Trusted, []));
        Assert.DoesNotContain(Check("pod.yaml", socketOnly).Findings, f => f.Rule.Id == "RG1018");
        var open = Check("policy.yaml", policy);
        Assert.Equal(DocumentKind.NetworkPolicy, open.Kind);
        Assert.Contains(open.Findings, f => f.Rule.Id == "RG1019" && f.Rule.Exceeds(TrustLevel.Internal, []));
    }

    private static FileReport Check(string path, string content)
    {
        var diagnostics = new Diagnostics.DiagnosticBag();
        var root = PolicyEngine.Parse(path, content, toml: false, diagnostics);
        return PolicyEngine.Check(path, content, root, PolicyEngine.Detect(path, root), diagnostics);
    }

    [Theory]
    [InlineData("internal", "kaniko")]
    [InlineData("trusted", "dind")]
    public void Caches_are_keyed_by_trust_level_and_on_GitLab_by_protected_ref(string trust, string strategy)
    {
        var accepts = trust == "internal" ? StrategyRisks[strategy] : [];
        var workflow = File(trust, strategy, "kubernetes", "github", accepts, "build-image.yml");
        Assert.Contains($"registry.example.com/team/app/cache/{trust}\"", workflow, StringComparison.Ordinal);
        var ci = string.Join("\n", Flatten(Parsed.Yaml(File(trust, strategy, "kubernetes", "gitlab", accepts, ".gitlab-ci.yml"))));
        Assert.Contains($"registry.example.com/team/app/cache/{trust}-protected", ci, StringComparison.Ordinal);
        if (trust == "internal")
        {
            Assert.Contains($"registry.example.com/team/app/cache/{trust}-unprotected", ci, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("unprotected", ci, StringComparison.Ordinal);
        }
    }

    internal static (PresetVerdict Verdict, IReadOnlyList<RenderedFile> Files) RenderWithFiles(string trust, string strategy, string executor, string platform, IReadOnlyList<string> accepts, string extra = "")
    {
        var accept = accepts.Count > 0 ? $"acceptRisks: [{string.Join(", ", accepts)}]\n" : string.Empty;
        var text = $"trust: {trust}\nstrategy: {strategy}\nexecutor: {executor}\nplatforms: [{platform}]\n{accept}image:\n  destination: registry.example.com/team/app\n{extra}";
        var set = PresetLoader.Load([(text, "presets/p.yaml", "presets/p.yaml")]);
        Assert.False(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Sorted()));
        var result = new Generator(new TemplateStore()).Render(set, []);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
        foreach (var file in result.Files)
        {
            Parsed.Back(file);
        }

        return (Assert.Single(result.Verdicts), result.Files);
    }

    private static PresetVerdict Render(string trust, string strategy, string executor, string platform, IReadOnlyList<string> accepts) =>
        RenderWithFiles(trust, strategy, executor, platform, accepts).Verdict;

    private static string File(string trust, string strategy, string executor, string platform, IReadOnlyList<string> accepts, string endsWith) =>
        RenderWithFiles(trust, strategy, executor, platform, accepts).Files.Single(f => f.Path.EndsWith(endsWith, StringComparison.Ordinal)).Content;

    private static IEnumerable<string> Flatten(object? node) => node switch
    {
        Dictionary<object, object> map => map.SelectMany(e => Flatten(e.Key).Concat(Flatten(e.Value))),
        List<object> list => list.SelectMany(Flatten),
        null => [],
        _ => [node.ToString() ?? string.Empty],
    };
}
