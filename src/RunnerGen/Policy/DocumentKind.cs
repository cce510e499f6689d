using RunnerGen.Model;

namespace RunnerGen.Policy;

/// <summary>What a file is, which decides the rules that read it.</summary>
public enum DocumentKind
{
    /// <summary>Not something the policy reads.</summary>
    Unknown,

    /// <summary>GitLab Runner config.toml.</summary>
    GitlabConfig,

    /// <summary>A .gitlab-ci.yml.</summary>
    GitlabCi,

    /// <summary>A GitHub Actions workflow.</summary>
    GithubWorkflow,

    /// <summary>gha-runner-scale-set values.</summary>
    ArcValues,

    /// <summary>gitlab-runner Helm chart values, with a config.toml in <c>runners.config</c> or <c>runners.configOverride</c>.</summary>
    GitlabRunnerHelmValues,

    /// <summary>An ARC container hook pod template: bare (<c>spec.containers</c>, no kind) or in a ConfigMap's <c>data</c>.</summary>
    ArcHookTemplate,

    /// <summary>A Pod.</summary>
    Pod,

    /// <summary>A workload with a pod template: Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob, ReplicationController, PodTemplate, OpenShift DeploymentConfig.</summary>
    Workload,

    /// <summary>A Namespace.</summary>
    Namespace,

    /// <summary>A NetworkPolicy.</summary>
    NetworkPolicy,
}
