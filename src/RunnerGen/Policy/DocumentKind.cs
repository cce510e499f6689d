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

    /// <summary>A ConfigMap holding an ARC container hook pod template (<c>data</c> entries with a pod spec).</summary>
    ArcHookTemplate,

    /// <summary>A Pod.</summary>
    Pod,

    /// <summary>A workload with a pod template (<c>spec.template</c>): Deployment, Job, DaemonSet, …</summary>
    Workload,

    /// <summary>A Namespace.</summary>
    Namespace,

    /// <summary>A NetworkPolicy.</summary>
    NetworkPolicy,
}
