namespace RunnerGen.Model;

/// <summary>Where jobs run.</summary>
public enum Executor
{
    /// <summary>GitLab's Docker executor; on GitHub a self-hosted runner host with Docker.</summary>
    Docker,

    /// <summary>GitLab's Kubernetes executor; on GitHub an Actions Runner Controller scale set.</summary>
    Kubernetes,

    /// <summary>GitLab's docker-autoscaler executor: the Docker executor on cloud VMs a fleeting plugin creates and deletes. GitLab only.</summary>
    DockerAutoscaler,
}
