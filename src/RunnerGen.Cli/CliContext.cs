namespace RunnerGen.Cli;

/// <summary>Where a command writes and which folder it works in; tests pass their own.</summary>
/// <param name="Out">Normal output.</param>
/// <param name="Error">Diagnostics.</param>
/// <param name="WorkingDirectory">Relative paths on the command line are resolved against this folder.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>Colour for a terminal (see <see cref="Paint.Wanted"/>); off by default, so tests and redirected output never get escape codes.</summary>
    public bool Color { get; init; }

    /// <summary>How diagnostics name their place: <c>file(line,col)</c> (msbuild, the default) or <c>file:line:col</c> (gnu).</summary>
    public ErrorFormat ErrorFormat { get; init; } = ErrorFormat.Msbuild;

    /// <summary>An absolute path for a path given on the command line.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>A path as the user should see it: relative to the working folder, with '/'.</summary>
    public string Display(string fullPath) => Path.GetRelativePath(WorkingDirectory, fullPath).Replace('\\', '/');
}
