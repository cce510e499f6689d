using RunnerGen.Diagnostics;

namespace RunnerGen.Cli;

/// <summary>Prints diagnostics one per line, compiler style, and a count.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Prints <paramref name="diagnostics"/> (already sorted) to <paramref name="error"/>.</summary>
    public static void Print(TextWriter error, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        if (errors > 0)
        {
            error.WriteLine($"runnergen: {errors} error(s); nothing was written.");
        }
    }
}
