using RunnerGen.Model;

namespace RunnerGen.Scaffolding;

/// <summary>The preset <c>new</c> would write, and why it may not (when <see cref="Refusal"/> is not null).</summary>
/// <param name="Preset">The preset.</param>
/// <param name="Refusal">Null when the strategy fits the trust level; else the reason, then lines of detail.</param>
public sealed record ScaffoldPlan(Preset Preset, IReadOnlyList<string>? Refusal);
