using RunnerGen.Model;
using RunnerGen.Policy;
using RunnerGen.Rendering;

namespace RunnerGen.Generation;

/// <summary>Which policy reading each rendered output gets.</summary>
public static class OutputKinds
{
    /// <summary>The kind of document an output is.</summary>
    public static DocumentKind Of(OutputDefinition output) => output.Id switch
    {
        "gitlab-config" => DocumentKind.GitlabConfig,
        "gitlab-ci" => DocumentKind.GitlabCi,
        "github-workflow" => DocumentKind.GithubWorkflow,
        "arc-values" => DocumentKind.ArcValues,
        "arc-hook-template" => DocumentKind.ArcHookTemplate,
        "build-pod" => DocumentKind.Pod,
        "namespace" => DocumentKind.Namespace,
        "network-policy" => DocumentKind.NetworkPolicy,
        "gitlab-helm-values" => DocumentKind.GitlabRunnerHelmValues,
        _ => DocumentKind.Unknown,
    };
}
