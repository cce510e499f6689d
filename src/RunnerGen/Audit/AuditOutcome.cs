namespace RunnerGen.Audit;

/// <summary>The verdict of an audit, which the CLI turns into its exit code.</summary>
public enum AuditOutcome
{
    /// <summary>Every file was audited and no finding exceeds the trust level (exit 0).</summary>
    Clean,

    /// <summary>A finding exceeds the trust level (exit 1).</summary>
    Exceeds,

    /// <summary>An input error: a file missing or unparsable, nothing audited, or (with strict) a file skipped (exit 2).</summary>
    InputError,
}
