using System.CommandLine;
using RunnerGen.Generation;
using RunnerGen.Output;
using RunnerGen.Presets;
using RunnerGen.Rendering;

namespace RunnerGen.Cli.Commands;

/// <summary><c>runnergen check</c>: render in memory and compare with the output folder; exit 1 on any drift. Writes nothing.</summary>
public static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var presets = CommonOptions.Presets();
        var output = CommonOptions.Out();
        var templates = CommonOptions.Templates();
        var command = new Command("check", "Render every preset in memory and compare with the output folder: print a unified diff per drifted file and a summary; exit 1 on any drift (missing, stale, changed, edited by hand). Writes nothing.")
        {
            presets, output, templates,
        };
        command.SetAction(r => Run(context, r.GetValue(presets)!, r.GetValue(output)!, r.GetValue(templates)!));
        return command;
    }

    private static int Run(CliContext context, string presetsDir, string outDir, string templatesDir)
    {
        if (PresetRun.Render(context, presetsDir, templatesDir, [], outDir) is not { } result)
        {
            return ExitCodes.UsageError;
        }

        var root = context.Resolve(outDir);
        var plan = OutputPlan.Create(root, result.Files, [.. result.Presets.Select(p => p.Name)], allPresets: true);
        foreach (var change in plan.Drift)
        {
            var path = context.Display(Path.Combine(root, change.Path));
            context.Out.WriteLine($"{path}: {Describe(change.Kind)}");
            context.Out.Write(UnifiedDiff.Of(path, change.OnDisk, change.Rendered));
        }

        if (result.Refusals.Count > 0)
        {
            PolicyPrinter.Refusals(context.Error, result.Refusals);
        }

        var counts = plan.Drift.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Describe(g.Key)}").ToList();
        context.Out.WriteLine(counts.Count == 0
            ? $"check: {plan.Changes.Count} file(s) of {result.Presets.Count} preset(s) are up to date."
            : $"check: {string.Join(", ", counts)}. Run 'runnergen generate' to bring {context.Display(root)} up to date.");
        return counts.Count == 0 && result.Refusals.Count == 0 ? ExitCodes.Success : ExitCodes.Refused;
    }

    private static string Describe(ChangeKind kind) => kind switch
    {
        ChangeKind.Create => "missing",
        ChangeKind.Update => "changed",
        ChangeKind.Delete => "stale",
        ChangeKind.EditedByHand => "edited by hand",
        ChangeKind.NotOurs => "not written by runnergen",
        _ => "up to date",
    };
}
