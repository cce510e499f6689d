using System.CommandLine;
using System.Text.RegularExpressions;
using RunnerGen.Presets.Schema;

namespace RunnerGen.Cli.Help;

/// <summary>Prints command-line errors with a suggestion for a mistyped command, option or option value.</summary>
public static partial class ParseErrors
{
    /// <summary>Prints the errors of <paramref name="parsed"/> and where to read more.</summary>
    public static void Print(CliContext context, ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var unrecognized = parsed.Errors.Any(e => Unrecognized().IsMatch(e.Message));
        foreach (var error in parsed.Errors.Where(e => !unrecognized || !e.Message.StartsWith("Required command", StringComparison.Ordinal)))
        {
            var message = error.Message;
            string? hint = null;
            if (Unrecognized().Match(message) is { Success: true } unknown)
            {
                var word = unknown.Groups[1].Value;
                var names = word.StartsWith('-')
                    ? command.Options.Concat(parsed.RootCommandResult.Command.Options.Where(o => o.Recursive)).SelectMany(o => o.Aliases.Prepend(o.Name))
                    : command.Subcommands.Select(c => c.Name);
                hint = Suggestions.DidYouMean(word, names);
            }
            else if (NotAllowed().Match(message) is { Success: true } value)
            {
                var allowed = Quoted().Matches(message).Select(m => m.Groups[1].Value).Skip(1).ToList();
                message = $"'{value.Groups[1].Value}' is not one of {string.Join(", ", allowed)}.";
                hint = Suggestions.DidYouMean(value.Groups[1].Value, allowed);
            }

            context.Error.WriteLine(hint is null ? $"runnergen: error: {message}" : $"runnergen: error: {message} {hint}");
        }

        var name = command is RootCommand ? string.Empty : $" {command.Name}";
        context.Error.WriteLine($"Run 'runnergen{name} --help' for usage.");
    }

    [GeneratedRegex(@"^(?:Unrecognized command or argument|unknown option) '(.*)'\.?$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Argument '(.*)' not recognized\. Must be one of:", RegexOptions.Singleline)]
    private static partial Regex NotAllowed();

    [GeneratedRegex(@"'([^'\n]*)'")]
    private static partial Regex Quoted();
}
