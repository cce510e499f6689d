namespace RunnerGen.Presets;

/// <summary>How a job builds a container image.</summary>
public enum BuildStrategy
{
    /// <summary>A privileged Docker-in-Docker service or sidecar.</summary>
    Dind,

    /// <summary>The rootless Docker-in-Docker image; still needs a privileged container.</summary>
    DindRootless,

    /// <summary>The host's Docker socket mounted into the job: root on the host.</summary>
    Socket,

    /// <summary>Kaniko (from a maintained fork): no daemon, no privilege.</summary>
    Kaniko,

    /// <summary>Rootless Buildah with chroot isolation and vfs storage.</summary>
    Buildah,

    /// <summary>Rootless BuildKit through <c>buildctl-daemonless.sh</c>.</summary>
    Buildkit,
}
