namespace RunnerGen.Output;

/// <summary>One path's change: its content on disk and the content runnergen would write (null when absent).</summary>
public sealed record FileChange(string Path, ChangeKind Kind, string? OnDisk, string? Rendered)
{
    /// <summary>True for changes that need <c>--force</c>.</summary>
    public bool IsConflict => Kind is ChangeKind.EditedByHand or ChangeKind.NotOurs;
}
