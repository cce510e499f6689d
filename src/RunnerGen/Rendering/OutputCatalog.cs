using RunnerGen.Model;

namespace RunnerGen.Rendering;

/// <summary>Every output runnergen writes, in a fixed order.</summary>
public static class OutputCatalog
{
    /// <summary>All outputs.</summary>
    public static readonly IReadOnlyList<OutputDefinition> All =
    [
        new("gitlab-config", "gitlab/config.toml", "outputs/gitlab/config.toml.sbn", OutputFormat.Toml, p => p.Targets(Platform.Gitlab)),
        new("gitlab-ci", "gitlab/.gitlab-ci.yml", "outputs/gitlab/gitlab-ci.yml.sbn", OutputFormat.Yaml, p => p.Targets(Platform.Gitlab)),
        new("github-workflow", "github/build-image.yml", "outputs/github/workflow.yml.sbn", OutputFormat.Yaml, p => p.Targets(Platform.Github)),
        new("arc-values", "github/arc-values.yaml", "outputs/github/arc-values.yaml.sbn", OutputFormat.Yaml, p => p.Targets(Platform.Github) && p.Executor == Executor.Kubernetes),
        new("arc-hook-template", "github/arc-hook-template.yaml", "outputs/github/arc-hook-template.yaml.sbn", OutputFormat.Yaml, p => p.Targets(Platform.Github) && p.Executor == Executor.Kubernetes),
        new("namespace", "kubernetes/namespace.yaml", "outputs/kubernetes/namespace.yaml.sbn", OutputFormat.Yaml, p => p.Executor == Executor.Kubernetes),
        new("network-policy", "kubernetes/network-policy.yaml", "outputs/kubernetes/network-policy.yaml.sbn", OutputFormat.Yaml, p => p.Executor == Executor.Kubernetes),
        new("build-pod", "kubernetes/build-pod.yaml", "outputs/kubernetes/build-pod.yaml.sbn", OutputFormat.Yaml, p => p.Executor == Executor.Kubernetes),
        // The runner's deployment, the same for every strategy. The Helm values embed the rendered config.toml, so
        // they come after it (templates see it as rendered.gitlab_config).
        new("gitlab-helm-values", "gitlab/helm-values.yaml", "outputs/gitlab/helm-values.yaml.sbn", OutputFormat.Yaml, p => p.Targets(Platform.Gitlab) && p.Executor == Executor.Kubernetes, EveryStrategy: true),
        new("gitlab-runner-tf", "gitlab/runner.tf", "outputs/gitlab/runner.tf.sbn", OutputFormat.Hcl, p => p.Targets(Platform.Gitlab), EveryStrategy: true),
    ];

    /// <summary>The outputs a preset gets.</summary>
    public static IReadOnlyList<OutputDefinition> For(Preset preset)
    {
        var strategy = StrategyCatalog.Current.Get(preset.Strategy);
        return [.. All.Where(o => (o.EveryStrategy || strategy.Outputs.Contains(o.Id)) && o.AppliesTo(preset))];
    }
}
