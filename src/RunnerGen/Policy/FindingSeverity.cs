
namespace RunnerGen.Policy;

/// <summary>How much a finding matters on its own, whatever the trust level.</summary>
public enum FindingSeverity
{
    /// <summary>Hygiene: worth fixing, not a way out of the container.</summary>
    Low,

    /// <summary>Weakens isolation or lets one job affect another.</summary>
    Medium,

    /// <summary>A job can take over the host, the node or the runner.</summary>
    High,
}
