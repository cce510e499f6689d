namespace RunnerGen.Model;

/// <summary>How far the pipelines that reach a runner are trusted. Ordered: a higher value may do more.</summary>
public enum TrustLevel
{
    /// <summary>Code from anyone: forks, public merge requests. Nothing privileged, ever.</summary>
    Untrusted = 0,

    /// <summary>Code from the organisation's own members. Risky settings only when the preset accepts them by name.</summary>
    Internal = 1,

    /// <summary>Protected branches of vetted projects. Anything goes; findings are still reported.</summary>
    Trusted = 2,
}
