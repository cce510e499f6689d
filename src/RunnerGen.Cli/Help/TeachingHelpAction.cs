using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace RunnerGen.Cli.Help;

/// <summary>
/// <c>--help</c>: the root gets an overview written here (commands with their optional arguments in brackets); each
/// command gets the generated help followed by examples and exit codes.
/// </summary>
public sealed class TeachingHelpAction(HelpAction generated, CliContext context) : SynchronousCommandLineAction
{
    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        if (command is RootCommand root)
        {
            WriteRoot(context.Out, root);
        }
        else
        {
            generated.Invoke(parseResult);
            CommandHelp.WriteFooter(context.Out, command.Name);
        }

        return RunnerGen.Cli.ExitCodes.Success;
    }

    private static void WriteRoot(TextWriter output, RootCommand root)
    {
        output.WriteLine("Description:");
        output.WriteLine($"  {root.Description}");
        output.WriteLine();
        output.WriteLine("Usage:");
        output.WriteLine("  runnergen COMMAND [options]");
        output.WriteLine();
        output.WriteLine("Commands (arguments in [brackets] are optional):");
        var width = CommandHelp.Commands.Max(c => c.Usage.Length);
        foreach (var (usage, summary) in CommandHelp.Commands)
        {
            output.WriteLine($"  {usage.PadRight(width)}  {summary}");
        }

        output.WriteLine();
        output.WriteLine("Options:");
        output.WriteLine("  -h, --help                    Show help; 'runnergen help COMMAND' or 'runnergen COMMAND --help' for one command.");
        output.WriteLine("  --version                     Show the version.");
        output.WriteLine("  --error-format msbuild|gnu    How errors name their place: file(line,col) (default) or file:line:col.");
        output.WriteLine();
        CommandHelp.WriteFooter(output, string.Empty);
    }
}
