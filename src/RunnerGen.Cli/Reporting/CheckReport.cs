using RunnerGen.Output;

namespace RunnerGen.Cli.Reporting;

/// <summary>What <c>check</c> prints: each drifted file (a unified diff, or one line with <c>--stat</c>) and a summary with what to run next.</summary>
public static class CheckReport
{
    /// <summary>Prints the drift of <paramref name="plan"/> and the summary line.</summary>
    /// <param name="context">Where to print.</param>
    /// <param name="plan">The compared plan.</param>
    /// <param name="presetCount">How many presets were rendered.</param>
    /// <param name="generate">The generate command that brings the folder up to date (with the options the user gave).</param>
    /// <param name="stat">One line per file instead of a diff.</param>
    public static void Write(CliContext context, OutputPlan plan, int presetCount, string generate, bool stat)
    {
        var paint = Paint.For(context);
        foreach (var change in plan.Drift)
        {
            var path = context.Display(Path.Combine(plan.Root, change.Path));
            if (stat)
            {
                context.Out.WriteLine($"{path}: {Describe(change.Kind)} {DiffStat.Of(change.OnDisk, change.Rendered)}");
                continue;
            }

            context.Out.WriteLine(paint.Bold($"{path}: {Describe(change.Kind)}"));
            context.Out.Write(paint.Diff(UnifiedDiff.Of(path, change.OnDisk, change.Rendered)));
        }

        var counts = plan.Drift.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Describe(g.Key)}").ToList();
        if (counts.Count == 0)
        {
            context.Out.WriteLine($"check: {plan.Changes.Count} file(s) of {presetCount} preset(s) are up to date.");
            return;
        }

        var root = context.Display(plan.Root);
        var handEdits = plan.Drift.Any(c => c.Kind is ChangeKind.EditedByHand or ChangeKind.NotOurs);
        context.Out.WriteLine(handEdits
            ? $"check: {string.Join(", ", counts)}. '{generate}' refuses to replace files edited by hand or not written by runnergen: to keep a hand edit, move it into the preset or a template override first; then run '{generate} --force' to bring {root} up to date (it keeps a {OutputBackup.Suffix} copy of each file it replaces)."
            : $"check: {string.Join(", ", counts)}. Run '{generate}' to bring {root} up to date.");
    }

    /// <summary>The word for a kind of drift.</summary>
    public static string Describe(ChangeKind kind) => kind switch
    {
        ChangeKind.Create => "missing",
        ChangeKind.Update => "changed",
        ChangeKind.Delete => "stale",
        ChangeKind.EditedByHand => "edited by hand",
        ChangeKind.NotOurs => "not written by runnergen",
        _ => "up to date",
    };
}
