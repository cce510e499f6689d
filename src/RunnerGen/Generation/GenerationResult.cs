using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Policy;
using RunnerGen.Presets;
using RunnerGen.Rendering;

namespace RunnerGen.Generation;

/// <summary>What rendering a set of presets produced: files in a stable order, the policy's verdicts, and every problem found.</summary>
public sealed record GenerationResult(IReadOnlyList<Preset> Presets, IReadOnlyList<RenderedFile> Files, IReadOnlyList<PresetVerdict> Verdicts, DiagnosticBag Diagnostics)
{
    /// <summary>Verdicts that refuse their preset.</summary>
    public IReadOnlyList<PresetVerdict> Refusals => [.. Verdicts.Where(v => v.Refused)];
}
