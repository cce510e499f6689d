namespace RunnerGen.Model;

/// <summary>A named risk that an <c>internal</c> preset may accept with <c>acceptRisks</c>.</summary>
public enum RiskId
{
    /// <summary>A privileged container (the Docker-in-Docker daemon, rootless or not).</summary>
    Privileged,

    /// <summary>The host's Docker socket or another host path mounted into a job.</summary>
    HostSocket,

    /// <summary>Seccomp or AppArmor turned off for a container (rootless BuildKit and Buildah on containerd).</summary>
    Unconfined,

    /// <summary>Linux capabilities added beyond the container runtime's default set.</summary>
    AddedCapabilities,
}
