namespace RunnerGen.Model;

/// <summary>GitHub Actions and Actions Runner Controller settings.</summary>
public sealed record GithubSettings
{
    /// <summary>Organisation, repository or enterprise URL the scale set registers with.</summary>
    public required string ConfigUrl { get; init; }

    /// <summary>Name of the pre-created Kubernetes secret with the GitHub App or token. Never the token itself.</summary>
    public required string ConfigSecret { get; init; }

    /// <summary>Scale set name, which is also the workflow's <c>runs-on</c>. Default: the preset name.</summary>
    public required string ScaleSetName { get; init; }

    /// <summary>Runner group the scale set joins; null (the default) leaves it to ARC: the Default group.</summary>
    public string? RunnerGroup { get; init; }

    /// <summary>GitHub environment holding the registry secrets of trusted workflows. Default <c>registry</c>.</summary>
    public required string Environment { get; init; }

    /// <summary>Idle runners kept warm. Default 0.</summary>
    public required int MinRunners { get; init; }

    /// <summary>Most runners at once. Default: <c>runner.concurrency</c>.</summary>
    public required int MaxRunners { get; init; }

    /// <summary>Extra labels of the scale set (<c>scaleSetLabels</c>, ARC 0.14). Default: none.</summary>
    public IReadOnlyList<string> ScaleSetLabels { get; init; } = [];

    /// <summary>ARC container mode of Kubernetes-mode strategies: <c>kubernetes</c> (default) or <c>kubernetes-novolume</c>.</summary>
    public string ContainerMode { get; init; } = "kubernetes";

    /// <summary>StorageClass of the <c>kubernetes</c> container mode's work volume; null for the cluster's default class.</summary>
    public string? StorageClassName { get; init; }
}
