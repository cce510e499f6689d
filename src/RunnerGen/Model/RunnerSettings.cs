namespace RunnerGen.Model;

/// <summary>The runner that picks up the build jobs.</summary>
public sealed record RunnerSettings
{
    /// <summary>Runner name (<c>[[runners]] name</c>). Default: the preset name.</summary>
    public required string Name { get; init; }

    /// <summary>Tags jobs use to reach this runner. Default: <c>[NAME]</c>.</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>Jobs at once: <c>concurrent</c> and <c>limit</c> in config.toml, <c>maxRunners</c> in ARC. Default 4.</summary>
    public required int Concurrency { get; init; }

    /// <summary>Kubernetes namespace for job pods. Default <c>ci-NAME</c>.</summary>
    public required string Namespace { get; init; }

    /// <summary>Environment variable that holds the GitLab URL. Default <c>CI_SERVER_URL</c>.</summary>
    public required string UrlVariable { get; init; }

    /// <summary>Environment variable that holds the runner authentication token. Default <c>RUNNER_TOKEN</c>.</summary>
    public required string TokenVariable { get; init; }

    /// <summary>
    /// Who rotates the runner token: <c>external</c> (default: automatic rotation off, the token rotated from outside) or
    /// <c>runner</c> (the runner rotates it and saves config.toml back with the literal token).
    /// </summary>
    public required string TokenRotation { get; init; }

    /// <summary>Images jobs may use (<c>allowed_images</c>). Default: the images the strategy's job needs.</summary>
    public required IReadOnlyList<string> AllowedImages { get; init; }

    /// <summary>Requests and limits for build containers.</summary>
    public required ResourceSettings Resources { get; init; }

    /// <summary>The distributed cache (<c>[runners.cache]</c>); null for none (the executor's local cache only).</summary>
    public CacheSettings? Cache { get; init; }

    /// <summary>
    /// How job and build pods are isolated from the node's users: <c>host</c> (default: the node's user IDs) or
    /// <c>user-namespace</c> (<c>hostUsers: false</c> on every pod; Kubernetes executor only).
    /// </summary>
    public string Isolation { get; init; } = "host";

    /// <summary>True when every pod runs in its own user namespace (<c>hostUsers: false</c>).</summary>
    public bool UserNamespace => Isolation == "user-namespace";

    /// <summary>The RuntimeClass every pod names (<c>runtimeClassName</c>, config.toml <c>runtime_class_name</c>), or null for the cluster's default.</summary>
    public string? RuntimeClass { get; init; }

    /// <summary>The docker-autoscaler executor's fleet (<c>runner.autoscaler</c>).</summary>
    public required AutoscalerSettings Autoscaler { get; init; }
}
