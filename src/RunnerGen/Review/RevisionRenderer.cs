using RunnerGen.Diagnostics;
using RunnerGen.Generation;
using RunnerGen.Model;
using RunnerGen.Presets;
using RunnerGen.Rendering;

namespace RunnerGen.Review;

/// <summary>
/// Renders the presets and templates as they are at a git revision, from memory (no files are written): the base
/// side of <c>runnergen diff</c>. Strategy folders at the revision count, as they would have then.
/// </summary>
public static class RevisionRenderer
{
    /// <summary>Renders every preset of <paramref name="presetsFolder"/> with the templates of <paramref name="templatesFolder"/>, both at the revision.</summary>
    /// <param name="revision">The revision to read.</param>
    /// <param name="revisionName">The revision as the user named it, appended to paths in messages.</param>
    /// <param name="presetsFolder">The presets folder (absolute) and how messages name it.</param>
    /// <param name="templatesFolder">The templates folder (absolute) and how messages name it.</param>
    /// <param name="outDisplay">The output folder as printed.</param>
    /// <returns>The result; its diagnostics say when the revision does not render.</returns>
    public static GenerationResult Render(GitRevision revision, string revisionName, RevisionFolder presetsFolder, RevisionFolder templatesFolder, string outDisplay)
    {
        var diagnostics = new DiagnosticBag();
        var templates = revision.Files(templatesFolder.Path).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var catalog = StrategyCatalogLoader.Load(templates, $"{templatesFolder.Display}@{revisionName}", diagnostics);
        if (diagnostics.HasErrors)
        {
            return new GenerationResult([], [], [], diagnostics);
        }

        var previous = StrategyCatalog.Current;
        StrategyCatalog.Use(catalog);
        try
        {
            var folder = System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(presetsFolder.Path));
            var presets = revision.Files(presetsFolder.Path)
                .Where(f => !f.Path.Contains('/', StringComparison.Ordinal) && (f.Path.EndsWith(".yaml", StringComparison.Ordinal) || f.Path.EndsWith(".yml", StringComparison.Ordinal)))
                .Select(f => (f.Content, $"{presetsFolder.Display}/{f.Path}@{revisionName}", $"{folder}/{f.Path}"));
            var set = PresetLoader.Load(presets);
            return new Generator(new TemplateStore(templates, $"{templatesFolder.Display}@{revisionName}")).Render(set, [], outDisplay);
        }
        finally
        {
            StrategyCatalog.Use(previous);
        }
    }
}
