namespace RunnerGen.Diagnostics;

/// <summary>One message about the user's input, with its position and an optional suggestion.</summary>
public sealed record Diagnostic(string Id, Severity Severity, SourceLocation Location, string Message, string? Suggestion = null)
{
    /// <summary>Formats as <c>file(line,col): error RG0001: message (suggestion)</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var text = $"{Location}: {severity} {Id}: {Message}";
        return Suggestion is null ? text : $"{text} {Suggestion}";
    }
}
