using RunnerGen.Cli;
using RunnerGen.Cli.Commands;

namespace RunnerGen.Tests.Support;

/// <summary>Runs the CLI in-process in a folder and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun In(string workingDirectory, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliContext(output, error, workingDirectory));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
