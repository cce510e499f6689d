using RunnerGen.Policy;
using RunnerGen.Presets;

namespace RunnerGen.Strategies;

/// <summary>Every build strategy runnergen knows, in documented order.</summary>
public static class StrategyCatalog
{
    /// <summary>All strategies.</summary>
    public static readonly IReadOnlyList<StrategyDefinition> All =
    [
        new()
        {
            Strategy = BuildStrategy.Dind,
            Summary = "Docker-in-Docker: a privileged nested Docker daemon, with TLS between job and daemon.",
            Risks = [RiskId.Privileged],
            BestPodSecurity = PodSecurityLevel.Privileged,
            ArcMode = "template",
            JobImage = i => i.DockerCli,
            ServiceImage = i => i.Dind,
        },
        new()
        {
            Strategy = BuildStrategy.DindRootless,
            Summary = "Rootless Docker-in-Docker: the daemon runs as a user, but its container must still be privileged.",
            Risks = [RiskId.Privileged],
            BestPodSecurity = PodSecurityLevel.Privileged,
            ArcMode = "template",
            JobImage = i => i.DockerCli,
            ServiceImage = i => i.DindRootless,
        },
        new()
        {
            Strategy = BuildStrategy.Socket,
            Summary = "The host's Docker socket mounted into the job: no nested daemon, but root on the host.",
            Risks = [RiskId.HostSocket],
            BestPodSecurity = PodSecurityLevel.Privileged,
            ArcMode = "template",
            JobImage = i => i.DockerCli,
        },
        new()
        {
            Strategy = BuildStrategy.Kaniko,
            Summary = "Kaniko (maintained fork): builds in user space, no daemon, no privilege; runs as root inside its container.",
            Risks = [],
            BestPodSecurity = PodSecurityLevel.Baseline,
            ArcMode = "kubernetes",
            JobImage = i => i.Kaniko,
        },
        new()
        {
            Strategy = BuildStrategy.Buildah,
            Summary = "Rootless Buildah with chroot isolation and vfs storage; needs seccomp and AppArmor unconfined on containerd.",
            Risks = [RiskId.Unconfined],
            BestPodSecurity = PodSecurityLevel.Privileged,
            ArcMode = "kubernetes",
            JobImage = i => i.Buildah,
        },
        new()
        {
            Strategy = BuildStrategy.Buildkit,
            Summary = "Rootless BuildKit (buildctl-daemonless.sh); needs seccomp and AppArmor unconfined.",
            Risks = [RiskId.Unconfined],
            BestPodSecurity = PodSecurityLevel.Privileged,
            ArcMode = "template",
            JobImage = i => i.Buildkit,
        },
    ];

    /// <summary>The definition of a strategy.</summary>
    public static StrategyDefinition Get(BuildStrategy strategy) => All.First(s => s.Strategy == strategy);

    /// <summary>Strategies a preset at this trust level can use without accepting any risk.</summary>
    public static IReadOnlyList<StrategyDefinition> SafeAt(TrustLevel trust) =>
        [.. All.Where(s => s.FitsTrust(trust, []))];
}
