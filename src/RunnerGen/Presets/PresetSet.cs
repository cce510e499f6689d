using RunnerGen.Diagnostics;
using RunnerGen.Model;

namespace RunnerGen.Presets;

/// <summary>The presets of a folder and what was wrong with them.</summary>
/// <param name="Presets">Valid, renderable presets, sorted by name.</param>
/// <param name="Documents">Every parsed file, abstract ones included.</param>
/// <param name="Diagnostics">Every problem found.</param>
public sealed record PresetSet(IReadOnlyList<Preset> Presets, IReadOnlyList<PresetDocument> Documents, DiagnosticBag Diagnostics);
