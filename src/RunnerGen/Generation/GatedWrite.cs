using RunnerGen.Diagnostics;
using RunnerGen.Output;
using RunnerGen.Policy;

namespace RunnerGen.Generation;

/// <summary>What the write gate decided, and what it wrote.</summary>
/// <param name="Outcome">How far the run went.</param>
/// <param name="Refusals">The presets refused (when <see cref="WriteOutcome.Refused"/>).</param>
/// <param name="Conflicts">The files in the way (when <see cref="WriteOutcome.Conflicts"/>).</param>
/// <param name="Plan">The plan (when planned or written).</param>
/// <param name="Changes">The files written or removed (when written).</param>
public sealed record GatedWrite(WriteOutcome Outcome, IReadOnlyList<PresetVerdict> Refusals, IReadOnlyList<Diagnostic> Conflicts, OutputPlan? Plan, IReadOnlyList<FileChange> Changes);
