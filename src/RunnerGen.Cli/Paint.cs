namespace RunnerGen.Cli;

/// <summary>ANSI colour for a terminal; a no-op when <see cref="CliContext.Color"/> is off (redirected output, <c>NO_COLOR</c>).</summary>
public sealed record Paint(bool On)
{
    /// <summary>The paint for <paramref name="context"/>.</summary>
    public static Paint For(CliContext context) => new(context.Color);

    /// <summary>Whether a terminal gets colour: only when the stream is not redirected, <c>NO_COLOR</c> is unset or empty, and <c>TERM</c> is not <c>dumb</c>.</summary>
    public static bool Wanted(bool redirected, Func<string, string?> environment) =>
        !redirected && string.IsNullOrEmpty(environment("NO_COLOR")) && environment("TERM") != "dumb";

    /// <summary>Red.</summary>
    public string Red(string text) => Wrap("31", text);

    /// <summary>Green.</summary>
    public string Green(string text) => Wrap("32", text);

    /// <summary>Yellow.</summary>
    public string Yellow(string text) => Wrap("33", text);

    /// <summary>Bold.</summary>
    public string Bold(string text) => Wrap("1", text);

    /// <summary>A unified diff with added lines green and removed lines red.</summary>
    public string Diff(string diff)
    {
        if (!On)
        {
            return diff;
        }

        var lines = diff.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            lines[i] = line.StartsWith("+++ ", StringComparison.Ordinal) || line.StartsWith("--- ", StringComparison.Ordinal) ? Bold(line)
                : line.StartsWith('+') ? Green(line)
                : line.StartsWith('-') ? Red(line)
                : line.StartsWith("@@", StringComparison.Ordinal) ? Wrap("36", line)
                : line;
        }

        return string.Join('\n', lines);
    }

    private string Wrap(string code, string text) => On && text.Length > 0 ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
