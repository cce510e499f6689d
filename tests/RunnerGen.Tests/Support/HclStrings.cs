using System.Text.RegularExpressions;
using RunnerGen.Formats;

namespace RunnerGen.Tests.Support;

/// <summary>Reads the quoted strings of the HCL runnergen writes (one-line strings, escaped by hcl.str).</summary>
internal static partial class HclStrings
{
    /// <summary>The line with the text of every quoted string removed (its structure stays).</summary>
    public static string EmptyStrings(string line) => Quoted().Replace(line, "\"\"");

    /// <summary>
    /// The decoded strings of the one-line list assigned to <paramref name="attribute"/>: the one of the file, or of
    /// the top-level block whose header starts with <paramref name="block"/>.
    /// </summary>
    public static IReadOnlyList<string> ListOf(string text, string attribute, string? block = null)
    {
        var lines = text.Split('\n').AsEnumerable();
        if (block is not null)
        {
            lines = lines.SkipWhile(l => !l.StartsWith(block, StringComparison.Ordinal)).TakeWhile(l => l != "}");
        }

        var line = lines.Single(l => l.TrimStart().StartsWith(attribute + " ", StringComparison.Ordinal));
        var list = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
        var read = HclSyntax.Read(list);
        Assert.Null(read.Problem);
        return read.Strings;
    }

    /// <summary>The decoded string assigned to <paramref name="attribute"/>.</summary>
    public static string ValueOf(string text, string attribute, string? block = null) => Assert.Single(ListOf(text, attribute, block));

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex Quoted();
}
