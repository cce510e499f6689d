namespace RunnerGen.Review;

/// <summary>A rendered file that differs between the base and now (null content: absent on that side).</summary>
public sealed record FileDiff(string Path, string? Before, string? After);
