using RunnerGen.Diagnostics;
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
                ConfigTomlRules.Check(toml, findings);
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
                if (yaml.Map("spec").Map("template") is { } workloadTemplate)
                {
                    pods.Add(new PodVerdict($"{yaml.Text("kind")} {yaml.Map("metadata").Text("name")} pod template", workloadTemplate.Location, PodRules.Check(workloadTemplate, findings)));
                    DaemonRules.Check(workloadTemplate, findings);
                }

                break;
            case DocumentKind.ArcValues:
                if (yaml.Map("template") is { } template)
                {
                    pods.Add(new PodVerdict("ARC runner pod", template.Location, PodRules.Check(template, findings)));
                    DaemonRules.Check(template, findings);
                }

                break;
            case DocumentKind.Namespace:
                var labels = yaml.Map("metadata").Map("labels");
                if (labels.Text("pod-security.kubernetes.io/enforce") is not ("baseline" or "restricted"))
                {
                    var at = labels?.Find("pod-security.kubernetes.io/enforce")?.Value.Location ?? yaml.Location;
                    findings.Add(new Finding(Rules.NamespaceEnforcement, at, $"namespace {yaml.Map("metadata").Text("name")} enforces '{labels.Text("pod-security.kubernetes.io/enforce") ?? "nothing"}'."));
                }

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
            return DocumentKind.GitlabConfig;
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
            "ConfigMap" when yaml.Map("data")?.Entries.Any(e => e.Value is YScalar s && s.Value.Contains("containers:", StringComparison.Ordinal)) == true => DocumentKind.ArcHookTemplate,
            "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "Job" => DocumentKind.Workload,
            _ when yaml["jobs"] is not null && yaml["on"] is not null => DocumentKind.GithubWorkflow,
            _ when yaml["githubConfigUrl"] is not null || (yaml["template"] is not null && yaml["containerMode"] is not null) => DocumentKind.ArcValues,
            _ when yaml["stages"] is not null || path.EndsWith(".gitlab-ci.yml", StringComparison.Ordinal) => DocumentKind.GitlabCi,
            _ => DocumentKind.Unknown,
        };
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
