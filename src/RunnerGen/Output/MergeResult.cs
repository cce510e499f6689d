using RunnerGen.Diagnostics;

namespace RunnerGen.Output;

/// <summary>A merged config.toml and what the merge has to say about it (warnings).</summary>
public sealed record MergeResult(string Text, IReadOnlyList<Diagnostic> Warnings);
