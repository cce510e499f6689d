namespace RunnerGen.Review;

/// <summary>A folder read at a git revision.</summary>
/// <param name="Path">The folder in the working tree (absolute).</param>
/// <param name="Display">How messages name it at the revision, e.g. <c>presets</c>.</param>
public sealed record RevisionFolder(string Path, string Display);
