namespace RunnerGen.Cli;

/// <summary>Where a command writes and which folder it works in; tests pass their own.</summary>
/// <param name="Out">Normal output.</param>
/// <param name="Error">Diagnostics.</param>
/// <param name="WorkingDirectory">Relative paths on the command line are resolved against this folder.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>An absolute path for a path given on the command line.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>A path as the user should see it: relative to the working folder, with '/'.</summary>
    public string Display(string fullPath) => Path.GetRelativePath(WorkingDirectory, fullPath).Replace('\\', '/');
}
