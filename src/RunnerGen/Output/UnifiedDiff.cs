using System.Text.RegularExpressions;
using DiffPlex.Renderer;

namespace RunnerGen.Output;

/// <summary>Unified diffs, as git and code review tools show them.</summary>
public static partial class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff from <paramref name="before"/> to <paramref name="after"/> (null: the file is absent) for <paramref name="path"/>.</summary>
    /// <param name="path">The path shown in the header.</param>
    /// <param name="before">The old text, or null.</param>
    /// <param name="after">The new text, or null.</param>
    /// <param name="shown">Rewrites the part of both texts that is shown (to hide secrets); the lines must stay where they are.</param>
    public static string Of(string path, string? before, string? after, Func<string, string, (string Before, string After)>? shown = null)
    {
        // Lines both texts share at the start and the end are not compared line by line (a 20 MB config.toml with one
        // runner changed costs what the runner costs); they are cut down to the context the diff shows.
        var skipped = 0;
        var oldPart = before ?? string.Empty;
        var newPart = after ?? string.Empty;
        if (before is not null && after is not null)
        {
            (skipped, oldPart, newPart) = Window(before, after);
        }

        if (shown is not null)
        {
            (oldPart, newPart) = shown(oldPart, newPart);
        }

        var text = UnidiffRenderer.GenerateUnidiff(oldPart, newPart, before is null ? "/dev/null" : $"a/{path}", after is null ? "/dev/null" : $"b/{path}", false, false, Context);
        if (skipped > 0)
        {
            text = Hunk().Replace(text, m => $"@@ -{Shift(m.Groups[1].Value, skipped)}{m.Groups[2].Value} +{Shift(m.Groups[3].Value, skipped)}{m.Groups[4].Value} @@");
        }

        return text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }

    private static (int Skipped, string Before, string After) Window(string before, string after)
    {
        // Common whole lines at the start.
        var prefix = 0;
        var lines = 0;
        var max = Math.Min(before.Length, after.Length);
        var same = before.AsSpan(0, max).CommonPrefixLength(after.AsSpan(0, max));
        var starts = new List<int> { 0 };
        for (var i = 0; i < same; i++)
        {
            if (before[i] == '\n')
            {
                lines++;
                starts.Add(i + 1);
            }
        }

        var keepLines = Math.Max(0, lines - Context);
        prefix = starts[keepLines];

        // Common whole lines at the end, not overlapping the start.
        var tail = 0;
        var tailLines = 0;
        var ends = new List<int> { 0 };
        while (tail < before.Length - prefix && tail < after.Length - prefix && before[^(tail + 1)] == after[^(tail + 1)])
        {
            tail++;
            if (before[^tail] == '\n' && tail > 1)
            {
                tailLines++;
                ends.Add(tail - 1);
            }
        }

        var suffix = ends[Math.Max(0, tailLines - Context)];
        return (keepLines, before[prefix..^suffix], after[prefix..^suffix]);
    }

    private static string Shift(string start, int by) => (int.Parse(start, System.Globalization.CultureInfo.InvariantCulture) + by).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^@@ -(\d+)((?:,\d+)?) \+(\d+)((?:,\d+)?) @@", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Hunk();
}
