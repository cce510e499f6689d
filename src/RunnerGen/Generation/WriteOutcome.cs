namespace RunnerGen.Generation;

/// <summary>How far the write gate let a run go.</summary>
public enum WriteOutcome
{
    /// <summary>A preset gives its pipelines more than its trust level allows; nothing was written.</summary>
    Refused,

    /// <summary>Files in the way (edited by hand, or not written by runnergen); nothing was written.</summary>
    Conflicts,

    /// <summary>Checked and planned; nothing written yet.</summary>
    Planned,

    /// <summary>The plan was carried out.</summary>
    Written,
}
