namespace RunnerGen.Audit;

/// <summary>What became of one file.</summary>
public enum AuditFileState
{
    /// <summary>Read and checked.</summary>
    Audited,

    /// <summary>Not a kind of file runnergen audits.</summary>
    Skipped,

    /// <summary>Could not be read or parsed: an error, and no findings.</summary>
    Failed,
}
