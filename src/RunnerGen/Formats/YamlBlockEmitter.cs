using System.Text;

namespace RunnerGen.Formats;

/// <summary>
/// Writes multi-line text (a whole config.toml) as a YAML literal block scalar, so it stays readable in the values
/// file. Text a block scalar cannot carry exactly, or that runnergen's output normalisation would change (control
/// characters, a carriage return, trailing spaces, runs of blank lines, a first line that is blank or starts with a
/// space, whose indentation the block would swallow), is written as a
/// double-quoted scalar instead: the value read back is the text, byte for byte, either way.
/// </summary>
public static class YamlBlockEmitter
{
    /// <summary>
    /// The scalar to write after <c>key: </c>: <c>|</c> (or <c>|-</c> without a final newline) and the lines of
    /// <paramref name="text"/> indented by <paramref name="indent"/> spaces, or a double-quoted string.
    /// </summary>
    public static string Block(string text, int indent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(indent, 1);
        if (!CanBeBlock(text))
        {
            return DoubleQuoted.Of(text);
        }

        var body = text.EndsWith('\n') ? text[..^1] : text;
        var pad = new string(' ', indent);
        var result = new StringBuilder(text.EndsWith('\n') ? "|" : "|-");
        foreach (var line in body.Split('\n'))
        {
            result.Append('\n');
            if (line.Length > 0)
            {
                result.Append(pad).Append(line);
            }
        }

        return result.ToString();
    }

    /// <summary>True when <paramref name="text"/> can be written as a literal block scalar that reads back exactly.</summary>
    public static bool CanBeBlock(string text)
    {
        if (text.Length == 0 || text.EndsWith("\n\n", StringComparison.Ordinal) || text.Contains("\n\n\n", StringComparison.Ordinal))
        {
            return false;
        }

        if (text.Any(c => (char.IsControl(c) && c is not '\n' and not '\t') || c is '\uFEFF' or '\u2028' or '\u2029'))
        {
            return false;
        }

        var lines = (text.EndsWith('\n') ? text[..^1] : text).Split('\n');
        return lines[0].Length > 0 && !char.IsWhiteSpace(lines[0][0]) && lines.All(l => l.Length == 0 || !char.IsWhiteSpace(l[^1]));
    }
}
