namespace RunnerGen.Output;

/// <summary>What writing the rendered files would do to one path.</summary>
public enum ChangeKind
{
    /// <summary>The file on disk is already what would be written.</summary>
    Unchanged,

    /// <summary>The file does not exist yet.</summary>
    Create,

    /// <summary>runnergen's own untouched file gets new content.</summary>
    Update,

    /// <summary>runnergen's own untouched file is no longer rendered (its preset or output is gone).</summary>
    Delete,

    /// <summary>A file runnergen wrote was changed by hand since: never overwritten or removed without --force.</summary>
    EditedByHand,

    /// <summary>A file runnergen did not write is where an output goes: never overwritten without --force.</summary>
    NotOurs,
}
