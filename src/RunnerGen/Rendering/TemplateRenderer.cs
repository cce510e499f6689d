using System.Text;
using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Presets;
using Scriban.Syntax;

namespace RunnerGen.Rendering;

/// <summary>
/// Renders a preset's outputs through their templates and adds the provenance header. Every template is parsed once
/// per renderer, and each thread reuses one Scriban context with all of them loaded, so rendering a fleet costs
/// evaluation, not parsing.
/// </summary>
public sealed class TemplateRenderer : IDisposable
{
    private readonly TemplateStore _store;
    private readonly IReadOnlyDictionary<string, Scriban.Template> _templates;
    private readonly ThreadLocal<StrictTemplateContext> _contexts;

    /// <summary>Creates the renderer and parses the templates <paramref name="presets"/> can use; template errors go to <paramref name="diagnostics"/>.</summary>
    public TemplateRenderer(TemplateStore store, IReadOnlyCollection<Preset> presets, DiagnosticBag diagnostics)
    {
        _store = store;
        var outputs = presets.SelectMany(OutputCatalog.For).Select(o => o.Template).ToHashSet(StringComparer.Ordinal);
        var strategies = presets.Select(p => $"strategies/{p.Strategy.Value}/").Append("strategies/_shared/").ToHashSet(StringComparer.Ordinal);
        _templates = store.ParseAll(diagnostics, path => outputs.Contains(path) || strategies.Any(s => path.StartsWith(s, StringComparison.Ordinal)));
        _contexts = new ThreadLocal<StrictTemplateContext>(() =>
        {
            var context = new StrictTemplateContext { TemplateLoader = store };
            foreach (var (path, template) in _templates)
            {
                context.CachedTemplates[path] = template;
            }

            // The emitters are the same for every render: registered once per context, below each preset's model.
            var emitters = new Scriban.Runtime.ScriptObject();
            Emitters.Register(emitters);
            context.PushGlobal(emitters);
            return context;
        });
    }

    /// <inheritdoc />
    public void Dispose() => _contexts.Dispose();

    /// <summary>How a template is named in messages.</summary>
    public string Display(string template) => _store.Display(template);

    /// <summary>The rendered files of one preset, in <see cref="OutputCatalog"/> order; problems go to <paramref name="diagnostics"/>.</summary>
    public IReadOnlyList<RenderedFile> Render(Preset preset, DiagnosticBag diagnostics)
    {
        var files = new List<RenderedFile>();
        var context = _contexts.Value!;
        var model = RenderModel.For(preset);
        var header = Header(preset);
        // What a preset's earlier outputs rendered, by id in snake_case (rendered.gitlab_config): an output that
        // carries another one (the Helm values carry config.toml) embeds the very same text instead of rendering it
        // again from a second template. It is a preset value: a template writes it only through an emitter.
        var rendered = new Scriban.Runtime.ScriptObject();
        model["rendered"] = rendered;
        foreach (var output in OutputCatalog.For(preset))
        {
            if (!_templates.TryGetValue(output.Template, out var template))
            {
                diagnostics.Error(DiagnosticIds.TemplateError, SourceLocation.InFile(_store.Display(output.Template)), "template not found, or it did not parse.");
                continue;
            }

            // Templates may set variables; a fresh scope per output keeps them from leaking into the next one.
            context.PushGlobal(model);
            context.PushGlobal(new Scriban.Runtime.ScriptObject());
            try
            {
                var body = template.Render(context);
                var content = header + Normalize(body);
                files.Add(new RenderedFile($"{preset.Name}/{output.RelativePath}", content, preset.Name, output));
                rendered[output.Id.Replace('-', '_')] = new PresetText(content);
            }
            catch (ScriptRuntimeException ex)
            {
                // Spans name the template path (the output's own or an included partial's); show where that file is.
                var file = _store.Display(string.IsNullOrEmpty(ex.Span.FileName) ? output.Template : ex.Span.FileName);
                var where = new SourceLocation(file, ex.Span.Start.Line + 1, ex.Span.Start.Column + 1);
                diagnostics.Error(DiagnosticIds.TemplateError, where, $"rendering {output.RelativePath} for preset '{preset.Name}': {ex.OriginalMessage}");
            }
            finally
            {
                context.PopGlobal();
                context.PopGlobal();
            }
        }

        return files;
    }

    /// <summary>The provenance header; every output format runnergen writes has <c>#</c> comments.</summary>
    public static string Header(Preset preset)
    {
        var source = new string([.. preset.SourceFile.Select(c => char.IsControl(c) ? '?' : c)]);
        return $"# Generated by runnergen from {source}. Do not edit by hand:\n# change the preset and run `runnergen generate`.\n\n";
    }

    /// <summary>LF only, no trailing spaces, no runs of blank lines, exactly one final newline.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var blank = true;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                if (!blank)
                {
                    builder.Append('\n');
                }

                blank = true;
                continue;
            }

            builder.Append(line).Append('\n');
            blank = false;
        }

        var result = builder.ToString().TrimEnd('\n');
        return result + "\n";
    }
}
