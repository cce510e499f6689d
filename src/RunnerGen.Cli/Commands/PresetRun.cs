using RunnerGen.Generation;
using RunnerGen.Presets;
using RunnerGen.Rendering;

namespace RunnerGen.Cli.Commands;

/// <summary>The stage every command starts with: load the presets, render and check them, print what was wrong.</summary>
public static class PresetRun
{
    /// <summary>Loads <paramref name="presetsDir"/> and renders the named presets (all when none are named).</summary>
    /// <returns>The result, or null when a preset or template error was printed.</returns>
    public static GenerationResult? Render(CliContext context, string presetsDir, string templatesDir, IReadOnlyCollection<string> names, string outDir)
    {
        StrategyOption.Use(context, templatesDir);
        return Render(context, PresetLoader.LoadDirectory(context.Resolve(presetsDir), context.WorkingDirectory), templatesDir, names, outDir);
    }

    /// <summary>Renders presets already loaded.</summary>
    /// <returns>The result, or null when a preset or template error was printed.</returns>
    public static GenerationResult? Render(CliContext context, PresetSet set, string templatesDir, IReadOnlyCollection<string> names, string outDir)
    {
        var result = new Generator(new TemplateStore(context.Resolve(templatesDir), templatesDir)).Render(set, names, outDir.TrimEnd('/'));
        DiagnosticPrinter.Print(context, result.Diagnostics.Sorted());
        return result.Diagnostics.HasErrors ? null : result;
    }
}
