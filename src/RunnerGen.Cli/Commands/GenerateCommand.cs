using System.CommandLine;
using RunnerGen.Cli.Reporting;
using RunnerGen.Generation;

namespace RunnerGen.Cli.Commands;

/// <summary><c>runnergen generate [PRESET...]</c>: render presets into the output folder.</summary>
public static class GenerateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var names = new Argument<string[]>("PRESET") { Description = "Names of the presets to render (default: all).", Arity = ArgumentArity.ZeroOrMore };
        names.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                result.AddError($"unknown option '{token.Value}'.");
            }
        });
        var presets = CommonOptions.Presets();
        var output = CommonOptions.Out();
        var templates = CommonOptions.Templates();
        var force = CommonOptions.Force();
        var quiet = CommonOptions.Quiet();
        var command = new Command("generate", "Render every preset (or the named ones) into the output folder. Nothing is written unless every preset renders and passes the policy; files edited by hand are kept unless --force.")
        {
            names, presets, output, templates, force, quiet,
        };
        command.SetAction(r => Run(context, r.GetValue(names) ?? [], r.GetValue(presets)!, r.GetValue(output)!, r.GetValue(templates)!, r.GetValue(force), r.GetValue(quiet)));
        return command;
    }

    private static int Run(CliContext context, string[] names, string presetsDir, string outDir, string templatesDir, bool force, bool quiet)
    {
        if (PresetRun.Render(context, presetsDir, templatesDir, names, outDir) is not { } result)
        {
            return ExitCodes.UsageError;
        }

        var report = new GenerateReport(context, quiet);
        return report.Finish(result, WriteGate.Write(result, context.Resolve(outDir), allPresets: names.Length == 0, force, context.Display, report));
    }
}
