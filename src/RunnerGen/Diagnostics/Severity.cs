namespace RunnerGen.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Reported, does not stop the run.</summary>
    Warning,

    /// <summary>Stops the run; nothing is written.</summary>
    Error,
}
