namespace RunnerGen.Presets;

/// <summary>
/// Pinned default builder images. Tags, not digests: this repository cannot resolve digests when it is built, and a
/// digest that was never checked is worse than an honest tag. Presets can pin digests (<c>image@sha256:…</c>).
/// </summary>
public static class BuilderImageDefaults
{
    /// <summary>The defaults.</summary>
    public static readonly BuilderImages Value = new()
    {
        DockerCli = "docker:29.8.1-cli",
        Dind = "docker:29.8.1-dind",
        DindRootless = "docker:29.8.1-dind-rootless",
        // Kaniko was archived upstream in June 2025; osscontainertools/kaniko is a maintained fork that publishes images.
        Kaniko = "ghcr.io/osscontainertools/kaniko:v1.28.3-debug",
        Buildah = "quay.io/buildah/stable:v1.44.0",
        Buildkit = "moby/buildkit:v0.33.0-rootless",
        ActionsRunner = "ghcr.io/actions/actions-runner:2.336.0",
    };
}
