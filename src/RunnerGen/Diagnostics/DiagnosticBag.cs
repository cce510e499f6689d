namespace RunnerGen.Diagnostics;

/// <summary>Collects diagnostics so that every problem is reported, not just the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    /// <summary>The number of diagnostics.</summary>
    public int Count => _items.Count;

    /// <summary>Adds an error.</summary>
    public void Error(string id, SourceLocation location, string message, string? suggestion = null)
        => _items.Add(new Diagnostic(id, Severity.Error, location, message, suggestion));

    /// <summary>Adds a warning.</summary>
    public void Warning(string id, SourceLocation location, string message, string? suggestion = null)
        => _items.Add(new Diagnostic(id, Severity.Warning, location, message, suggestion));

    /// <summary>Adds diagnostics collected elsewhere.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>The diagnostics sorted by file, line, column and id, so output is stable.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items
            .Distinct()
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
