using RunnerGen.Model;

namespace RunnerGen.Policy;

/// <summary>Every policy rule. The README's trust-ceiling table lists them.</summary>
public static class Rules
{
    private static readonly TrustLevel[] TrustedOnly = [TrustLevel.Trusted];
    private static readonly TrustLevel[] NotUntrusted = [TrustLevel.Internal, TrustLevel.Trusted];
    private static readonly TrustLevel[] Everyone = [TrustLevel.Untrusted, TrustLevel.Internal, TrustLevel.Trusted];

    /// <summary>A container runs privileged.</summary>
    public static readonly Rule Privileged = new("RG1001", "privileged-container", FindingSeverity.High, RiskId.Privileged, TrustedOnly,
        RiskCatalog.Why(RiskId.Privileged),
        "Build with kaniko, which needs no privilege; where a privileged daemon cannot be avoided, keep it on a runner that only trusted pipelines reach.");

    /// <summary>Privileged services or images without an allowlist.</summary>
    public static readonly Rule UnscopedPrivileged = new("RG1002", "unscoped-privileged", FindingSeverity.High, RiskId.Privileged, TrustedOnly,
        "privileged mode without allowed_privileged_images or allowed_privileged_services applies to every image and service a job names, not just the Docker-in-Docker daemon.",
        "Scope it: privileged = false, services_privileged = true and allowed_privileged_services = [the pinned dind image].");

    /// <summary>The Docker socket or another host path in a job.</summary>
    public static readonly Rule HostPath = new("RG1003", "host-path", FindingSeverity.High, RiskId.HostSocket, TrustedOnly,
        RiskCatalog.Why(RiskId.HostSocket) + " Any host path mounted into a job lets it read or change the host's files.",
        "Build without a daemon (kaniko), or with a nested daemon on a runner only trusted pipelines reach; never mount host paths into jobs of untrusted code.");

    /// <summary>Seccomp or AppArmor turned off.</summary>
    public static readonly Rule Unconfined = new("RG1004", "unconfined-profile", FindingSeverity.Medium, RiskId.Unconfined, TrustedOnly,
        RiskCatalog.Why(RiskId.Unconfined),
        "Use kaniko, or give rootless BuildKit or Buildah a Localhost seccomp/AppArmor profile that allows only what they need.");

    /// <summary>Capabilities beyond the runtime's default set.</summary>
    public static readonly Rule AddedCapabilities = new("RG1005", "added-capabilities", FindingSeverity.Medium, RiskId.AddedCapabilities, TrustedOnly,
        RiskCatalog.Why(RiskId.AddedCapabilities),
        "Remove the added capabilities; image builds need none beyond the default set.");

    /// <summary>Cached images reused across projects.</summary>
    public static readonly Rule PullIfNotPresent = new("RG1006", "pull-if-not-present", FindingSeverity.Medium, null, TrustedOnly,
        "with if-not-present or never, a job can run an image another project pulled onto this runner, including a private one it has no right to.",
        "Set pull_policy = [\"always\"] and allowed_pull_policies = [\"always\"].");

    /// <summary>No image allowlist on a runner for untrusted code.</summary>
    public static readonly Rule NoAllowedImages = new("RG1007", "no-allowed-images", FindingSeverity.Medium, null, NotUntrusted,
        "without allowed_images a job may run any image, including one built to attack the runner host.",
        "List the builder images in allowed_images (runner.allowedImages).");

    /// <summary>Privilege escalation explicitly allowed.</summary>
    public static readonly Rule PrivilegeEscalation = new("RG1008", "privilege-escalation", FindingSeverity.Medium, null, NotUntrusted,
        "allow_privilege_escalation = true lets setuid binaries in a job's image gain more privileges than the job started with.",
        "Set allow_privilege_escalation = false.");

    /// <summary>Other Pod Security baseline failures (host namespaces, host ports, sysctls, SELinux, procMount, …).</summary>
    public static readonly Rule PodSecurityBaseline = new("RG1009", "pod-security-baseline", FindingSeverity.High, null, TrustedOnly,
        "the pod fails the baseline Pod Security Standard, which blocks the known ways out of a container.",
        "Remove the setting; a build pod needs none of the host's namespaces, ports or kernel settings.");

    /// <summary>An action referenced by tag or branch.</summary>
    public static readonly Rule UnpinnedAction = new("RG1010", "unpinned-action", FindingSeverity.Low, null, Everyone,
        "a tag or branch can be moved to other code at any time; only a full commit SHA names code that cannot change.",
        "Pin to the full 40-character commit SHA and keep the version in a comment: uses: owner/repo@<sha> # vX.Y.Z.");

    /// <summary>Write permissions a build does not need.</summary>
    public static readonly Rule ExcessivePermissions = new("RG1011", "excessive-permissions", FindingSeverity.Medium, null, NotUntrusted,
        "a token with write permissions lets any step (or any compromised action) change the repository, its releases or its packages.",
        "Set permissions: {} at the top and grant each job only what it uses: contents: read, and packages: write only to push to ghcr.io.");

    /// <summary>pull_request_target that checks out the pull request.</summary>
    public static readonly Rule PullRequestTargetCheckout = new("RG1012", "pull-request-target-checkout", FindingSeverity.High, null, TrustedOnly,
        "pull_request_target runs with the base repository's secrets and a write token; checking out the pull request's code then runs an attacker's code with them.",
        "Use the pull_request trigger for building pull requests, or never check out the pull request's head under pull_request_target.");

    /// <summary>A self-hosted runner reachable from events anyone can trigger.</summary>
    public static readonly Rule SelfHostedUntrustedEvents = new("RG1013", "self-hosted-untrusted-events", FindingSeverity.High, null, [TrustLevel.Untrusted],
        "pull requests from forks (and issue comments, workflow_run and pull_request_target) run code anyone can write; on a self-hosted runner that code reaches the runner's host and network.",
        "Skip forks (if: github.event.pull_request.head.repo.full_name == github.repository), or run these events only on an untrusted preset's runners.");

    /// <summary>A namespace that does not enforce at least baseline Pod Security.</summary>
    public static readonly Rule NamespaceEnforcement = new("RG1014", "namespace-pod-security", FindingSeverity.Medium, null, NotUntrusted,
        "without pod-security.kubernetes.io/enforce at baseline or above, the cluster admits a privileged or host-mounting pod into the namespace, whoever wrote it.",
        "Label the namespace pod-security.kubernetes.io/enforce: baseline (or restricted), with warn and audit at restricted.");

    /// <summary>All rules, by id.</summary>
    public static readonly IReadOnlyList<Rule> All =
    [
        Privileged, UnscopedPrivileged, HostPath, Unconfined, AddedCapabilities, PullIfNotPresent, NoAllowedImages,
        PrivilegeEscalation, PodSecurityBaseline, UnpinnedAction, ExcessivePermissions, PullRequestTargetCheckout, SelfHostedUntrustedEvents,
        NamespaceEnforcement, ThreatRules.ForkOnPersistentRunner, ThreatRules.RunnerHostSocket, ThreatRules.PushCredentials,
        ThreatRules.DaemonWithoutTls, ThreatRules.OpenIngress, ThreatRules.UnguardedSecrets, ThreatRules.SigningIdentity,
        .. AuditRules.All,
        .. CacheRules.All,
        .. AutoscalerRules.All,
    ];
}
