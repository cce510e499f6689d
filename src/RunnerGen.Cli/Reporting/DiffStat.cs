using RunnerGen.Output;

namespace RunnerGen.Cli.Reporting;

/// <summary>The <c>--stat</c> form of a file's diff: how many lines are added and removed.</summary>
public static class DiffStat
{
    /// <summary>Counts the lines a unified diff of <paramref name="before"/> and <paramref name="after"/> adds and removes.</summary>
    public static (int Added, int Removed) Count(string? before, string? after)
    {
        int added = 0, removed = 0;
        foreach (var line in UnifiedDiff.Of("f", before, after).Split('\n'))
        {
            if (line.StartsWith("+++ ", StringComparison.Ordinal) || line.StartsWith("--- ", StringComparison.Ordinal))
            {
                continue;
            }

            added += line.StartsWith('+') ? 1 : 0;
            removed += line.StartsWith('-') ? 1 : 0;
        }

        return (added, removed);
    }

    /// <summary>"+A -R" for the diff of <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static string Of(string? before, string? after)
    {
        var (added, removed) = Count(before, after);
        return $"+{added} -{removed}";
    }
}
