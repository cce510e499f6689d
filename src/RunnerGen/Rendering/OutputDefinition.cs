using RunnerGen.Model;
using RunnerGen.Presets;

namespace RunnerGen.Rendering;

/// <summary>One file a preset can get: where it lands, which template renders it, and when it applies.</summary>
/// <param name="Id">Short id used in messages and snapshots.</param>
/// <param name="RelativePath">Path below the preset's output folder.</param>
/// <param name="Template">Template path below <c>templates/</c>.</param>
/// <param name="Format">File format.</param>
/// <param name="AppliesTo">Whether a preset gets this file.</param>
/// <param name="EveryStrategy">True for an output that does not depend on the strategy (the runner's deployment): every
/// strategy gets it, whether its descriptor lists it or not.</param>
public sealed record OutputDefinition(string Id, string RelativePath, string Template, OutputFormat Format, Func<Preset, bool> AppliesTo, bool EveryStrategy = false);
