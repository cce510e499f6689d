using RunnerGen.Diagnostics;

namespace RunnerGen.Cli;

/// <summary>Prints diagnostics one per line, compiler style (<see cref="ErrorFormat"/>), and a count.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Prints <paramref name="diagnostics"/> (already sorted) to the error stream of <paramref name="context"/>.</summary>
    public static void Print(CliContext context, IReadOnlyList<Diagnostic> diagnostics)
    {
        var paint = Paint.For(context);
        foreach (var diagnostic in diagnostics)
        {
            context.Error.WriteLine(Format(diagnostic, context.ErrorFormat, paint));
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        if (errors > 0)
        {
            context.Error.WriteLine($"runnergen: {errors} error(s); nothing was written.");
        }
    }

    /// <summary>One diagnostic: <c>file(line,col): error RGxxxx: message suggestion</c>, or <c>file:line:col: …</c> for <see cref="ErrorFormat.Gnu"/>.</summary>
    public static string Format(Diagnostic diagnostic, ErrorFormat format, Paint? paint = null)
    {
        paint ??= new Paint(false);
        var severity = diagnostic.Severity == Severity.Error ? paint.Red("error") : paint.Yellow("warning");
        var text = $"{Location(diagnostic.Location, format)}: {severity} {diagnostic.Id}: {diagnostic.Message}";
        return diagnostic.Suggestion is null ? text : $"{text} {diagnostic.Suggestion}";
    }

    /// <summary>A place in the chosen format; a place without a line is the file alone.</summary>
    public static string Location(SourceLocation location, ErrorFormat format) =>
        location.Line <= 0 ? location.File
        : format == ErrorFormat.Gnu ? $"{location.File}:{location.Line}:{Math.Max(1, location.Column)}"
        : location.ToString();
}
