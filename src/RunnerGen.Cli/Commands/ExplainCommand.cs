using System.CommandLine;
using RunnerGen.Cli.Reporting;

namespace RunnerGen.Cli.Commands;

/// <summary><c>runnergen explain PRESET</c>: what the preset needs, the Pod Security level of each pod, every finding, and the alternatives.</summary>
public static class ExplainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("PRESET") { Description = "Name of the preset to explain." };
        var presets = CommonOptions.Presets();
        var output = CommonOptions.Out();
        var templates = CommonOptions.Templates();
        var format = FormatOption.Create("text", "json");
        var command = new Command("explain", "Explain a preset: trust level, strategy, what it requires, the Pod Security level of each pod, every finding with its severity, and the alternatives. Writes nothing.")
        {
            name, presets, output, templates, format,
        };
        command.SetAction(r => Run(context, r.GetValue(name)!, r.GetValue(presets)!, r.GetValue(output)!, r.GetValue(templates)!, r.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string name, string presetsDir, string outDir, string templatesDir, string format)
    {
        if (PresetRun.Render(context, presetsDir, templatesDir, [name], outDir) is not { } result)
        {
            return ExitCodes.UsageError;
        }

        var verdict = result.Verdicts.Single();
        context.Out.Write(format == "json" ? ExplainText.ToJson(verdict) : ExplainText.ToText(verdict));
        return ExitCodes.Success;
    }
}
