using System.CommandLine;

namespace RunnerGen.Cli.Commands;

/// <summary><c>runnergen help [COMMAND]</c>: the same text as <c>runnergen [COMMAND] --help</c>.</summary>
public static class HelpCommand
{
    /// <summary>Builds the command; <paramref name="run"/> runs runnergen with other arguments.</summary>
    public static Command Create(RootCommand root, Func<string[], int> run)
    {
        var name = new Argument<string?>("COMMAND") { Description = "The command to explain (default: all of them).", Arity = ArgumentArity.ZeroOrOne };
        name.AcceptOnlyFromAmong([.. root.Subcommands.Select(c => c.Name).Append("help")]);
        var command = new Command("help", "Show help for runnergen or one command: options, examples and exit codes.") { name };
        command.SetAction(r => r.GetValue(name) is { } target ? run([target, "--help"]) : run(["--help"]));
        return command;
    }
}
