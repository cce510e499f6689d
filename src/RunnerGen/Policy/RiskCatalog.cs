using RunnerGen.Model;

namespace RunnerGen.Policy;

/// <summary>Why each risk matters, in words for the people who review a refused preset.</summary>
public static class RiskCatalog
{
    /// <summary>A plain-words explanation of the risk.</summary>
    public static string Why(RiskId risk) => risk switch
    {
        RiskId.Privileged => "--privileged turns off most container isolation: the container sees every host device, can mount the host's disks and load kernel modules, so a job can take over the node; Docker-in-Docker's nested daemon also stacks overlay storage on overlay storage.",
        RiskId.HostSocket => "access to the host's Docker socket is root on the host: a job can start a privileged container that mounts /, and can read and control every other job's containers and secrets.",
        RiskId.Unconfined => "seccomp and AppArmor 'unconfined' remove the filters that keep a container from calling unshare, mount and other kernel interfaces; a kernel bug reachable through them becomes a way out of the container.",
        RiskId.AddedCapabilities => "capabilities beyond the runtime's default set (such as SYS_ADMIN or NET_ADMIN) give a container powers over the host kernel that builds do not need.",
        _ => throw new ArgumentOutOfRangeException(nameof(risk)),
    };
}
