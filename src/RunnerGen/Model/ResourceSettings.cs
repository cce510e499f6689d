namespace RunnerGen.Model;

/// <summary>Kubernetes quantities for build containers.</summary>
public sealed record ResourceSettings
{
    /// <summary>CPU request. Default <c>500m</c>.</summary>
    public required string CpuRequest { get; init; }

    /// <summary>CPU limit. Default <c>2</c>.</summary>
    public required string CpuLimit { get; init; }

    /// <summary>Memory request. Default <c>1Gi</c>.</summary>
    public required string MemoryRequest { get; init; }

    /// <summary>Memory limit. Default <c>4Gi</c>.</summary>
    public required string MemoryLimit { get; init; }
}
