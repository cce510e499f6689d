using RunnerGen.Diagnostics;
using RunnerGen.Formats;
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

        using var renderer = new TemplateRenderer(templates, selected, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new GenerationResult(selected, [], [], diagnostics);
        }

        var perPreset = new IReadOnlyList<RenderedFile>[selected.Count];
        var verdicts = new PresetVerdict[selected.Count];
        var bags = new DiagnosticBag[selected.Count];
        Parallel.For(0, selected.Count, i =>
        {
            bags[i] = new DiagnosticBag();
            var files = new List<RenderedFile>();
            var reports = new List<FileReport>();
            foreach (var file in renderer.Render(selected[i], bags[i]))
            {
                // One parse per file: it proves the template wrote valid TOML or YAML, and the policy reads the same tree.
                var display = $"{outputDisplay}/{file.Path}";
                if (file.Output.Format == OutputFormat.Hcl)
                {
                    // Terraform: proved well formed (strings, escapes, blocks); no policy rule reads it.
                    if (HclSyntax.Read(file.Content).Problem is { } problem)
                    {
                        bags[i].Error(DiagnosticIds.RenderedFileInvalid, SourceLocation.InFile(renderer.Display(file.Output.Template)), InvalidHcl(file, problem));
                        continue;
                    }

                    files.Add(file);
                    reports.Add(new FileReport(display, DocumentKind.Unknown, [], []));
                    continue;
                }

                var parse = new DiagnosticBag();
                var root = PolicyEngine.Parse(display, file.Content, file.Output.Format == OutputFormat.Toml, parse);
                if (root is null)
                {
                    bags[i].Error(DiagnosticIds.RenderedFileInvalid, SourceLocation.InFile(renderer.Display(file.Output.Template)), Invalid(file, parse.Sorted()[0]));
                    continue;
                }

                files.Add(file);
                reports.Add(PolicyEngine.Check(display, file.Content, root, OutputKinds.Of(file.Output), bags[i]));
            }

            perPreset[i] = files;
            verdicts[i] = new PresetVerdict(selected[i], reports);
        });

        foreach (var bag in bags)
        {
            diagnostics.AddRange(bag.Sorted());
        }

        return new GenerationResult(selected, [.. perPreset.SelectMany(f => f)], verdicts, diagnostics);
    }

    private static string InvalidHcl(RenderedFile file, HclProblem problem)
    {
        var lines = file.Content.Split('\n');
        var quoted = problem.Line >= 1 && problem.Line <= lines.Length ? $" The line reads: {lines[problem.Line - 1].Trim()}" : string.Empty;
        return $"the template produced an invalid HCL file {file.Path}: line {problem.Line}: {problem.Message}.{quoted}";
    }

    private static string Invalid(RenderedFile file, Diagnostic problem)
    {
        var lines = file.Content.Split('\n');
        var line = problem.Location.Line;
        var quoted = line >= 1 && line <= lines.Length ? $" The line reads: {lines[line - 1].Trim()}" : string.Empty;
        var message = problem.Message.Replace("invalid YAML: ", string.Empty, StringComparison.Ordinal).Replace("invalid TOML: ", string.Empty, StringComparison.Ordinal).TrimEnd('.');
        return $"the template produced an invalid {file.Output.Format.ToString().ToUpperInvariant()} file {file.Path}: line {line}: {message}.{quoted}";
    }
}
