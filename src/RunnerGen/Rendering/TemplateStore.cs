using System.Collections.Concurrent;
using System.Reflection;
using RunnerGen.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace RunnerGen.Rendering;

/// <summary>
/// Finds templates: a file of the same relative path in the override folder (or an in-memory set of overrides, such as
/// the templates of a git revision) wins over the built-in one embedded in the assembly. Each template is read and
/// parsed once per store, however many presets render with it.
/// </summary>
public sealed class TemplateStore : ITemplateLoader
{
    private const string ResourcePrefix = "templates/";
    private static readonly Assembly ResourceAssembly = typeof(TemplateStore).Assembly;
    private readonly string? _overrideDirectory;
    private readonly string? _overrideDisplay;
    private readonly IReadOnlyDictionary<string, string>? _memory;
    private readonly ConcurrentDictionary<string, Lazy<(Template? Template, IReadOnlyList<Diagnostic> Errors)>> _parsed = new(StringComparer.Ordinal);

    /// <summary>Creates a store; <paramref name="overrideDirectory"/> may be null or missing.</summary>
    /// <param name="overrideDirectory">Absolute path of a folder whose templates replace built-in ones.</param>
    /// <param name="overrideDisplay">How to name that folder in messages.</param>
    public TemplateStore(string? overrideDirectory = null, string? overrideDisplay = null)
    {
        if (overrideDirectory is not null && Directory.Exists(overrideDirectory))
        {
            _overrideDirectory = overrideDirectory;
            _overrideDisplay = (overrideDisplay ?? overrideDirectory).Replace('\\', '/').TrimEnd('/');
        }
    }

    /// <summary>Creates a store whose overrides are <paramref name="templates"/> (relative path to text), held in memory.</summary>
    /// <param name="templates">Override templates by relative path (<c>/</c> separators).</param>
    /// <param name="display">How to name their folder in messages (e.g. <c>templates@main</c>).</param>
    public TemplateStore(IReadOnlyDictionary<string, string> templates, string display)
    {
        _memory = templates;
        _overrideDisplay = display.Replace('\\', '/').TrimEnd('/');
    }

    /// <summary>Relative paths of every built-in template, sorted.</summary>
    public static IReadOnlyList<string> BuiltIn() =>
        [.. ResourceAssembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sbn", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)];

    /// <summary>True when an override folder is in use and holds this template.</summary>
    public bool IsOverridden(string path) =>
        _memory?.ContainsKey(path) == true || (_overrideDirectory is not null && File.Exists(Path.Combine(_overrideDirectory, path)));

    /// <summary>The parsed template, or null with its errors in <paramref name="diagnostics"/>.</summary>
    public Template? Get(string path, DiagnosticBag diagnostics)
    {
        var (template, errors) = _parsed.GetOrAdd(path, p => new Lazy<(Template?, IReadOnlyList<Diagnostic>)>(() => Parse(p))).Value;
        diagnostics.AddRange(errors);
        return template;
    }

    /// <summary>
    /// Parses the templates the store can serve (built-in and overrides), once, so that partials included by any
    /// preset are never parsed again in this run. Returns them by path.
    /// </summary>
    /// <param name="diagnostics">Where parse errors go.</param>
    /// <param name="wanted">Which templates to parse (by path); null for all. Others are left unparsed.</param>
    public IReadOnlyDictionary<string, Template> ParseAll(DiagnosticBag diagnostics, Func<string, bool>? wanted = null)
    {
        var paths = BuiltIn().ToHashSet(StringComparer.Ordinal);
        if (_overrideDirectory is not null)
        {
            paths.UnionWith(Directory.EnumerateFiles(_overrideDirectory, "*.sbn", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(_overrideDirectory, f).Replace('\\', '/')));
        }

        paths.UnionWith(_memory?.Keys.Where(k => k.EndsWith(".sbn", StringComparison.Ordinal)) ?? []);

        if (wanted is not null)
        {
            paths.RemoveWhere(p => !wanted(p));
        }

        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            if (Get(path, diagnostics) is { } template)
            {
                parsed[path] = template;
            }
        }

        return parsed;
    }

    /// <summary>How a template is named in messages: its override path, or <c>templates/PATH</c> for built-ins.</summary>
    public string Display(string path) => IsOverridden(path) ? $"{_overrideDisplay}/{path}" : $"{ResourcePrefix}{path}";

    /// <inheritdoc />
    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    /// <inheritdoc />
    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        Read(templatePath) ?? throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"template '{templatePath}' does not exist: every strategy needs every partial (see templates/README.md)");

    /// <inheritdoc />
    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(((ITemplateLoader)this).Load(context, callerSpan, templatePath));

    private (Template?, IReadOnlyList<Diagnostic>) Parse(string path)
    {
        var text = Read(path);
        if (text is null)
        {
            return (null, [new Diagnostic(DiagnosticIds.TemplateError, Severity.Error, SourceLocation.InFile(Display(path)), "template not found.")]);
        }

        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            return (null, [.. template.Messages.Select(m => new Diagnostic(DiagnosticIds.TemplateError, Severity.Error, new SourceLocation(Display(path), m.Span.Start.Line + 1, m.Span.Start.Column + 1), m.Message))]);
        }

        return (template, []);
    }

    private string? Read(string path)
    {
        if (path.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(path))
        {
            return null;
        }

        if (_memory is not null && _memory.TryGetValue(path, out var text))
        {
            return text.ReplaceLineEndings("\n");
        }

        if (IsOverridden(path))
        {
            return File.ReadAllText(Path.Combine(_overrideDirectory!, path)).ReplaceLineEndings("\n");
        }

        using var stream = ResourceAssembly.GetManifestResourceStream(ResourcePrefix + path);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
