using System.CommandLine;
using RunnerGen.Generation;
using RunnerGen.Output;
using RunnerGen.Presets;
using RunnerGen.Rendering;

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
        var command = new Command("generate", "Render every preset (or the named ones) into the output folder. Nothing is written unless every preset renders.")
        {
            names, presets, output, templates,
        };
        command.SetAction(r => Run(context, r.GetValue(names) ?? [], r.GetValue(presets)!, r.GetValue(output)!, r.GetValue(templates)!));
        return command;
    }

    private static int Run(CliContext context, string[] names, string presetsDir, string outDir, string templatesDir)
    {
        var set = PresetLoader.LoadDirectory(context.Resolve(presetsDir), context.WorkingDirectory);
        var store = new TemplateStore(context.Resolve(templatesDir), templatesDir);
        var result = new Generator(store).Render(set, names, outDir.TrimEnd('/'));
        return Write(context, result, context.Resolve(outDir));
    }

    /// <summary>Prints the diagnostics; when there are no errors, writes the files and says what changed.</summary>
    internal static int Write(CliContext context, GenerationResult result, string outRoot)
    {
        DiagnosticPrinter.Print(context.Error, result.Diagnostics.Sorted());
        if (result.Diagnostics.HasErrors)
        {
            return ExitCodes.UsageError;
        }

        if (result.Refusals.Count > 0)
        {
            PolicyPrinter.Refusals(context.Error, result.Refusals);
            return ExitCodes.Refused;
        }

        var changed = OutputWriter.Write(outRoot, result.Files);
        foreach (var path in changed)
        {
            context.Out.WriteLine($"wrote {context.Display(Path.Combine(outRoot, path))}");
        }

        context.Out.WriteLine($"{result.Presets.Count} preset(s), {result.Files.Count} file(s): {changed.Count} written, {result.Files.Count - changed.Count} unchanged.");
        return ExitCodes.Success;
    }
}
