using RunnerGen.Diagnostics;
using RunnerGen.Presets;
using RunnerGen.Rendering;

namespace RunnerGen.Generation;

/// <summary>What rendering a set of presets produced: files in a stable order, and every problem found.</summary>
public sealed record GenerationResult(IReadOnlyList<Preset> Presets, IReadOnlyList<RenderedFile> Files, DiagnosticBag Diagnostics);
