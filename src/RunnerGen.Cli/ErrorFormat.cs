namespace RunnerGen.Cli;

/// <summary>How a diagnostic names its file, line and column (<c>--error-format</c>).</summary>
public enum ErrorFormat
{
    /// <summary><c>file(line,col): error RGxxxx: message</c>, as MSBuild and the .NET compilers print it (the default).</summary>
    Msbuild,

    /// <summary><c>file:line:col: error RGxxxx: message</c>, as GCC, actionlint, yamllint and shellcheck print it.</summary>
    Gnu,
}
