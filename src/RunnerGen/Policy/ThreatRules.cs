using RunnerGen.Model;

namespace RunnerGen.Policy;

/// <summary>
/// Rules of the threat model: who controls the job definition, and what the job can reach or leave behind.
/// <see cref="Rules.All"/> lists them with the others.
/// </summary>
public static class ThreatRules
{
    /// <summary>Pull requests (whose workflow a fork controls) reaching a persistent self-hosted runner.</summary>
    public static readonly Rule ForkOnPersistentRunner = new("RG1015", "fork-code-on-persistent-runner", FindingSeverity.High, null, [],
        "on pull_request the workflow file comes from the pull request's merge commit, so a fork decides what the job runs; on a persistent self-hosted runner (a Docker host) that job runs on the host, with the host's Docker socket mounted into every job container, and whatever it leaves behind meets the next job.",
        "Run untrusted GitHub jobs with executor: kubernetes: an Actions Runner Controller scale set gives every job a fresh, ephemeral pod (runs-on: the scale set name, no self-hosted label). Keep Docker-host runners for internal or trusted workflows that skip forks.");

    /// <summary>A job that reaches the Docker daemon of a persistent self-hosted runner's host.</summary>
    public static readonly Rule RunnerHostSocket = new("RG1016", "runner-host-socket", FindingSeverity.High, RiskId.HostSocket, [TrustLevel.Trusted],
        "actions/runner mounts the host's /var/run/docker.sock into every Linux job container it starts on a Docker host (and a job without a container uses the host's daemon directly): code in the job is root on that host, whatever image it runs in.",
        "Use executor: kubernetes (an ephemeral ARC pod per job, no host socket); where a Docker host is wanted, accept the risk by name (acceptRisks: [host-socket]) and keep the runner for the organisation's own code.");

    /// <summary>Push credentials or cache writes handed to a job (signing identities: <see cref="SigningIdentity"/>).</summary>
    public static readonly Rule PushCredentials = new("RG1017", "push-credentials", FindingSeverity.High, null, [TrustLevel.Internal, TrustLevel.Trusted],
        "registry credentials or a writable registry cache in a job of untrusted code let that code push an image or cache layers that more trusted pipelines pull (Kaniko's RUN steps run as root beside its /kaniko/.docker/config.json).",
        "Build without pushing at the untrusted level (the default); to keep what untrusted builds produce, name a separate repository in image.quarantine, with credentials that can push only there. Mark registry variables 'protected' in GitLab so that only trusted runners on protected refs receive them.");

    /// <summary>A Docker daemon that listens on the pod's network without TLS.</summary>
    public static readonly Rule DaemonWithoutTls = new("RG1018", "daemon-without-tls", FindingSeverity.High, null, [],
        "with DOCKER_TLS_CERTDIR empty, dockerd-entrypoint.sh listens on tcp://0.0.0.0:2375 without TLS (rootless dind publishes the same port through rootlesskit): in a pod that is the pod IP, so any pod in the cluster can drive the daemon, which is root in a privileged container.",
        "Set DOCKER_TLS_CERTDIR=/certs and share /certs/client with the client through an emptyDir (DOCKER_HOST tcp://localhost:2376, DOCKER_TLS_VERIFY=1, DOCKER_CERT_PATH=/certs/client), or start dockerd with --host=unix://… on a shared emptyDir socket only.");

    /// <summary>A NetworkPolicy that lets traffic in to the job and build pods.</summary>
    public static readonly Rule OpenIngress = new("RG1019", "network-policy-open-ingress", FindingSeverity.Medium, null, [TrustLevel.Trusted],
        "a NetworkPolicy with ingress rules lets other pods reach the job and build pods, and whatever they listen on (a daemon, a debug port).",
        "Deny all ingress to the namespace's pods (podSelector: {}, policyTypes: [Ingress], no ingress rules); the runner reaches its pods through the Kubernetes API, not the pod network.");

    /// <summary>Registry secrets of a protected-refs workflow reachable from any branch.</summary>
    public static readonly Rule UnguardedSecrets = new("RG1020", "unguarded-registry-secrets", FindingSeverity.Low, null, [TrustLevel.Untrusted, TrustLevel.Internal, TrustLevel.Trusted],
        "workflow_dispatch runs the job from whatever branch the person starting it picks, and repository secrets reach every branch: a branch nobody reviewed gets the registry credentials of the protected ones.",
        "Restrict manual runs with a job condition (if: github.event_name != 'workflow_dispatch' || github.ref_protected) and keep the registry secrets in a GitHub environment (environment: NAME) whose deployment branch rule allows protected branches only.");

    /// <summary>A CI signing identity (an OIDC token for Sigstore or a cloud) handed to a job that is not trusted.</summary>
    public static readonly Rule SigningIdentity = new("RG1053", "signing-identity", FindingSeverity.High, null, [TrustLevel.Trusted],
        "an OIDC token (GitLab id_tokens, GitHub id-token: write) lets the job's code get a certificate in the project's name: keyless signatures, cloud logins, package publishing. In a job of untrusted code, or of an unreviewed branch, that code can sign any image as the project, and verifiers that check only the project accept it.",
        "Hand signing identities to trusted jobs only (protected refs; in GitHub behind an environment): image.sign: keyless in a trusted preset. Verify signatures with the ref in the identity (cosign verify --certificate-identity with the protected ref), not only the project.");
}
