namespace RunnerGen.Model;

/// <summary>Pod Security Standards levels, from least to most restrictive.</summary>
public enum PodSecurityLevel
{
    /// <summary>No restrictions.</summary>
    Privileged = 0,

    /// <summary>Blocks known privilege escalations.</summary>
    Baseline = 1,

    /// <summary>Hardened best practice.</summary>
    Restricted = 2,
}
