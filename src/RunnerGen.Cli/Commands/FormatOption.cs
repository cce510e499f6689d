using System.CommandLine;

namespace RunnerGen.Cli.Commands;

/// <summary><c>--format</c> with a fixed set of values.</summary>
public static class FormatOption
{
    /// <summary>Creates the option; the first value is the default.</summary>
    public static Option<string> Create(params string[] values)
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: " + string.Join(", ", values) + ".",
            DefaultValueFactory = _ => values[0],
            HelpName = "FORMAT",
        };
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
