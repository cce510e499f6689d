namespace RunnerGen.Diagnostics;

/// <summary>
/// An anticipated failure caused by the user's input (a bad preset, a file in the way).
/// The CLI prints its diagnostics without a stack trace; any other exception is a bug.
/// </summary>
public sealed class RunnerGenException : Exception
{
    /// <summary>Creates the exception from collected diagnostics.</summary>
    public RunnerGenException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception from a single diagnostic.</summary>
    public RunnerGenException(Diagnostic diagnostic)
        : this([diagnostic])
    {
    }

    /// <summary>What went wrong, sorted.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
