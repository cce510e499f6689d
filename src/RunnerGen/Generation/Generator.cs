using RunnerGen.Diagnostics;
using RunnerGen.Policy;
using RunnerGen.Presets;
using RunnerGen.Rendering;

namespace RunnerGen.Generation;

/// <summary>
/// Composes the stages: load presets, select, render through templates, parse back. Commands differ only in what they
/// do with the result (write it, compare it, explain it).
/// </summary>
public sealed class Generator(TemplateStore templates)
{
    /// <summary>Renders the presets of <paramref name="set"/> and checks them; <paramref name="only"/> limits it to those names (empty: all).</summary>
    /// <param name="set">The loaded presets.</param>
    /// <param name="only">Names to render; empty for all.</param>
    /// <param name="outputDisplay">How the output root is named in findings (e.g. <c>generated</c>).</param>
    public GenerationResult Render(PresetSet set, IReadOnlyCollection<string> only, string outputDisplay = "generated")
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(set.Diagnostics.Sorted());
        var selected = set.Presets.ToList();
        if (only.Count > 0)
        {
            foreach (var name in only.Where(n => set.Presets.All(p => p.Name != n)).Order(StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticIds.UnknownPreset, SourceLocation.InFile(name), $"no preset named '{name}'.", Presets.Schema.Suggestions.DidYouMean(name, set.Presets.Select(p => p.Name)));
            }

            selected = [.. set.Presets.Where(p => only.Contains(p.Name))];
        }

        if (diagnostics.HasErrors)
        {
            return new GenerationResult(selected, [], [], diagnostics);
        }

        var renderer = new TemplateRenderer(templates);
        var perPreset = new IReadOnlyList<RenderedFile>[selected.Count];
        var verdicts = new PresetVerdict[selected.Count];
        var bags = new DiagnosticBag[selected.Count];
        Parallel.For(0, selected.Count, i =>
        {
            bags[i] = new DiagnosticBag();
            perPreset[i] = renderer.Render(selected[i], bags[i]);
            verdicts[i] = new PresetVerdict(selected[i], [.. perPreset[i].Select(f =>
                PolicyEngine.Check($"{outputDisplay}/{f.Path}", f.Content, OutputKinds.Of(f.Output), bags[i]))]);
        });

        foreach (var bag in bags)
        {
            diagnostics.AddRange(bag.Sorted());
        }

        return new GenerationResult(selected, [.. perPreset.SelectMany(f => f)], verdicts, diagnostics);
    }
}
