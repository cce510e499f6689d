using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>
/// Reads files (rendered by runnergen, or written by hand) and reports what the rules find. It reads the output,
/// not the preset's intent: a privileged container is a privileged container whichever template wrote it.
/// </summary>
public static class PolicyEngine
{
    /// <summary>Parses a file into a positioned tree: TOML or YAML. Null (with a diagnostic) when it does not parse.</summary>
    public static YNode? Parse(string file, string content, bool toml, DiagnosticBag diagnostics) =>
        toml ? TomlDocumentLoader.Load(content, file, diagnostics) : YamlDocumentLoader.Load(content, file, diagnostics);

    /// <summary>Checks a file already parsed into <paramref name="root"/> (one parse serves the check and the policy).</summary>
    public static FileReport Check(string file, string content, YNode? root, DocumentKind kind, DiagnosticBag diagnostics)
    {
        var findings = new List<Finding>();
        var pods = new List<PodVerdict>();
        if (kind == DocumentKind.GitlabConfig)
        {
            if (root is YMapping toml)
            {
                var runners = RunnerHostRules.AsRunnerList(toml);
                AutoscalerRules.Check(runners, findings);
            }

            return new FileReport(file, kind, Sorted(findings), pods);
        }

        if (kind == DocumentKind.Unknown || root is not YMapping yaml)
        {
            return new FileReport(file, kind, [], pods);
        }

        switch (kind)
        {
            case DocumentKind.GithubWorkflow:
                WorkflowRules.Check(yaml, findings);
                ExpressionInjectionRules.Check(yaml, content, findings);
                WorkflowPinningRules.Check(yaml, findings);
                WorkflowRunRules.Check(yaml, WorkflowRules.Events(yaml), findings);
                RunnerExposureRules.Check(yaml, findings);
                break;
            case DocumentKind.GitlabCi:
                GitlabCiRules.Check(yaml, findings);
                break;
            case DocumentKind.Pod:
                pods.Add(new PodVerdict($"Pod {yaml.Map("metadata").Text("name")}", yaml.Location, PodRules.Check(yaml, findings)));
                DaemonRules.Check(yaml, findings);
                break;
            case DocumentKind.Workload:
                if (WorkloadPods.Template(yaml) is { } workloadTemplate)
                {
                    pods.Add(new PodVerdict($"{yaml.Text("kind")} {yaml.Map("metadata").Text("name")} pod template", workloadTemplate.Location, PodRules.Check(workloadTemplate, findings)));
                    DaemonRules.Check(workloadTemplate, findings);
                }

                break;
            case DocumentKind.ArcValues:
                ArcValues(yaml, findings, pods);
                break;
            case DocumentKind.GitlabRunnerHelmValues:
                HelmRunnerValues.Check(yaml, content, file, findings, diagnostics);
                break;
            case DocumentKind.Namespace:
                var labels = yaml.Map("metadata").Map("labels");
                if (labels.Text("pod-security.kubernetes.io/enforce") is not ("baseline" or "restricted"))
                {
                    var at = labels?.Find("pod-security.kubernetes.io/enforce")?.Value.Location ?? yaml.Location;
                    findings.Add(new Finding(Rules.NamespaceEnforcement, at, $"namespace {yaml.Map("metadata").Text("name")} enforces '{labels.Text("pod-security.kubernetes.io/enforce") ?? "nothing"}'."));
                }

                break;
            case DocumentKind.ArcHookTemplate when HookTemplates.IsBare(yaml):
                pods.Add(new PodVerdict("ARC job pod (hook template)", yaml.Location, PodRules.Check(yaml, findings)));
                DaemonRules.Check(yaml, findings);
                break;
            case DocumentKind.NetworkPolicy:
                DaemonRules.CheckNetworkPolicy(yaml, findings);
                break;
            case DocumentKind.ArcHookTemplate:
                foreach (var entry in yaml.Map("data")?.Entries ?? [])
                {
                    if (entry.Value is YScalar block && Embedded(block, content, file, diagnostics) is YMapping job)
                    {
                        pods.Add(new PodVerdict($"ARC job pod ({entry.Key})", job.Location, PodRules.Check(job, findings)));
                    }
                }

                break;
        }

        return new FileReport(file, kind, Sorted(findings), pods);
    }

    /// <summary>True when <paramref name="path"/> names a TOML file (read as a GitLab Runner config.toml).</summary>
    public static bool IsToml(string path) => path.EndsWith(".toml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Guesses what a file is from its name and its parsed content (null when it did not parse).</summary>
    public static DocumentKind Detect(string path, YNode? root)
    {
        if (IsToml(path))
        {
            // A config.toml has runners or the runner's global settings; other TOML (pyproject.toml, Cargo.toml) is not one.
            return root is YMapping toml && toml.Entries.Any(e => e.Key is "runners" or "concurrent" or "check_interval" or "log_level" or "listen_address" or "session_server" or "shutdown_timeout")
                ? DocumentKind.GitlabConfig
                : DocumentKind.Unknown;
        }

        if (root is not YMapping yaml)
        {
            return DocumentKind.Unknown;
        }

        return yaml.Text("kind") switch
        {
            "Pod" => DocumentKind.Pod,
            "Namespace" => DocumentKind.Namespace,
            "NetworkPolicy" => DocumentKind.NetworkPolicy,
            "ConfigMap" when HookTemplates.InConfigMap(yaml) => DocumentKind.ArcHookTemplate,
            _ when WorkloadPods.IsWorkload(yaml) => DocumentKind.Workload,
            _ when yaml["jobs"] is not null && yaml["on"] is not null => DocumentKind.GithubWorkflow,
            _ when yaml["kind"] is null && (yaml["githubConfigUrl"] is not null || (yaml["template"] is not null && yaml["containerMode"] is not null)) => DocumentKind.ArcValues,
            _ when HelmRunnerValues.Is(yaml) => DocumentKind.GitlabRunnerHelmValues,
            _ when HookTemplates.IsBare(yaml) => DocumentKind.ArcHookTemplate,
            _ when yaml["stages"] is not null || path.EndsWith(".gitlab-ci.yml", StringComparison.Ordinal) => DocumentKind.GitlabCi,
            _ => DocumentKind.Unknown,
        };
    }

    private static void ArcValues(YMapping values, List<Finding> findings, List<PodVerdict> pods)
    {
        var mode = ArcPodTemplate.Mode(values);
        if (values["template"] is null && mode is null)
        {
            return;
        }

        var template = ArcPodTemplate.Render(values);
        var found = new List<Finding>();
        var verdict = PodRules.Check(template, found);
        DaemonRules.Check(template, found);
        findings.AddRange(found.Select(f => mode is not null && f.Location == mode.Location ? f with { What = $"{f.What} The chart adds this for containerMode.type: {mode.Value}." } : f));
        var name = mode is { Value: "dind" } ? "ARC runner pod (containerMode dind, as the chart renders it)" : "ARC runner pod";
        pods.Add(new PodVerdict(name, values["template"]?.Location ?? mode!.Location, verdict));
    }

    private static YNode? Embedded(YScalar block, string content, string file, DiagnosticBag diagnostics)
    {
        // A literal block starts on the line after its indicator; its indentation is that of its first line.
        var lines = content.Split('\n');
        var first = block.Location.Line < lines.Length ? lines[block.Location.Line] : string.Empty;
        var indent = first.Length - first.TrimStart(' ').Length;
        return YamlDocumentLoader.Load(block.Value, file, diagnostics, block.Location.Line, indent);
    }

    private static IReadOnlyList<Finding> Sorted(List<Finding> findings) =>
        [.. findings.OrderBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ThenBy(f => f.Rule.Id, StringComparer.Ordinal)];
}
