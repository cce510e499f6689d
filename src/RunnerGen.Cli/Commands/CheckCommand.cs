using System.CommandLine;
using RunnerGen.Cli.Reporting;
using RunnerGen.Output;

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
        var stat = CommonOptions.Stat();
        var command = new Command("check", "Render every preset in memory and compare with the output folder: print a unified diff per drifted file (or, with --stat, one line) and a summary; exit 1 on any drift (missing, stale, changed, edited by hand). Writes nothing.")
        {
            presets, output, templates, stat,
        };
        command.SetAction(r => Run(context, r.GetValue(presets)!, r.GetValue(output)!, r.GetValue(templates)!, r.GetValue(stat), Generate(r, presets, output, templates)));
        return command;
    }

    private static int Run(CliContext context, string presetsDir, string outDir, string templatesDir, bool stat, string generate)
    {
        if (PresetRun.Render(context, presetsDir, templatesDir, [], outDir) is not { } result)
        {
            return ExitCodes.UsageError;
        }

        var plan = OutputPlan.Create(context.Resolve(outDir), result.Files, [.. result.Presets.Select(p => p.Name)], allPresets: true, context.Display);
        CheckReport.Write(context, plan, result.Presets.Count, generate, stat);
        if (result.Refusals.Count > 0)
        {
            PolicyPrinter.Refusals(context, result.Refusals);
        }

        return plan.Drift.Count == 0 && result.Refusals.Count == 0 ? ExitCodes.Success : ExitCodes.Refused;
    }

    /// <summary>The generate command to suggest: with the folders the user named, so it works from where they are.</summary>
    private static string Generate(ParseResult r, params Option<string>[] options)
    {
        var named = options.Where(o => r.GetResult(o) is { Implicit: false }).Select(o => $" {o.Name} {Quote(r.GetValue(o)!)}");
        return "runnergen generate" + string.Concat(named);
    }

    private static string Quote(string value) => value.Length > 0 && value.All(c => char.IsLetterOrDigit(c) || c is '/' or '.' or '-' or '_') ? value : $"'{value.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
