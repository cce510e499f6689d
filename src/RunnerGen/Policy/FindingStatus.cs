
namespace RunnerGen.Policy;

/// <summary>Where a finding stands against a trust level.</summary>
public enum FindingStatus
{
    /// <summary>The trust level may have it.</summary>
    Allowed,

    /// <summary>Allowed because the preset accepts its risk by name.</summary>
    Accepted,

    /// <summary>More than the trust level may have: generation refuses, audit fails.</summary>
    Exceeds,
}
