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

    /// <summary>The docker-autoscaler executor's fleet (<c>runner.autoscaler</c>).</summary>
    public required AutoscalerSettings Autoscaler { get; init; }
}
