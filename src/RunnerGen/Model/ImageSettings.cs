namespace RunnerGen.Model;

/// <summary>The image a pipeline builds.</summary>
public sealed record ImageSettings
{
    /// <summary>Build context, relative to the repository root. Default <c>.</c>.</summary>
    public required string Context { get; init; }

    /// <summary>Dockerfile path, relative to the repository root. Default <c>Dockerfile</c>.</summary>
    public required string Dockerfile { get; init; }

    /// <summary>Image repository to push to, without a tag (e.g. <c>registry.example.com/team/app</c>).</summary>
    public required string Destination { get; init; }

    /// <summary>Whether builds use a registry layer cache at <c>DESTINATION/cache</c>. Default true.</summary>
    public required bool Cache { get; init; }

    /// <summary>
    /// A separate repository untrusted GitLab builds push to, with credentials that can push only there; null: untrusted
    /// builds push nothing.
    /// </summary>
    public string? Quarantine { get; init; }

    /// <summary>Kubernetes secret (type dockerconfigjson) the build pod pushes with. Default <c>registry-credentials</c>.</summary>
    public required string PushSecret { get; init; }

    /// <summary>PersistentVolumeClaim with the source tree for the standalone build pod. Default <c>NAME-workspace</c>.</summary>
    public required string WorkspaceClaim { get; init; }

    /// <summary>Platforms to build for (<c>os/arch[/variant]</c>), in the preset's order; empty: the builder's own platform.</summary>
    public IReadOnlyList<string> Platforms { get; init; } = [];

    /// <summary>Whether the build attaches an SBOM attestation to the image.</summary>
    public bool Sbom { get; init; }

    /// <summary>Whether the build attaches a provenance attestation (SLSA, <c>mode=max</c>) to the image.</summary>
    public bool Provenance { get; init; }

    /// <summary>
    /// <c>image.sign: keyless</c>: the job that pushed the image signs its digest with cosign and the platform's OIDC
    /// identity (trusted presets only). False for <c>none</c> or no key.
    /// </summary>
    public bool SignKeyless { get; init; }

    /// <summary>The registry host of <see cref="Destination"/>, or <c>docker.io</c>.</summary>
    public string Registry => RegistryOf(Destination);

    /// <summary>The registry host of an image repository, or <c>docker.io</c>.</summary>
    public static string RegistryOf(string repository)
    {
        var slash = repository.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? string.Empty : repository[..slash];
        return first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || first == "localhost"
            ? first
            : "docker.io";
    }
}
