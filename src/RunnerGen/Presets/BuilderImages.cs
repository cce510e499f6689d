namespace RunnerGen.Presets;

/// <summary>Builder images, pinned to a version by default and overridable per preset.</summary>
public sealed record BuilderImages
{
    /// <summary>Docker CLI image for dind and socket jobs.</summary>
    public required string DockerCli { get; init; }

    /// <summary>Docker-in-Docker daemon image.</summary>
    public required string Dind { get; init; }

    /// <summary>Rootless Docker-in-Docker daemon image.</summary>
    public required string DindRootless { get; init; }

    /// <summary>Kaniko executor (debug variant: it has a shell), from a maintained fork.</summary>
    public required string Kaniko { get; init; }

    /// <summary>Buildah image.</summary>
    public required string Buildah { get; init; }

    /// <summary>Rootless BuildKit image.</summary>
    public required string Buildkit { get; init; }

    /// <summary>GitHub Actions runner image for ARC pods.</summary>
    public required string ActionsRunner { get; init; }
}
