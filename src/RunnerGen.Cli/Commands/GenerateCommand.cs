using System.CommandLine;
using RunnerGen.Cli.Reporting;
using RunnerGen.Generation;
using RunnerGen.Output;

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
        var result = PresetRun.Render(context, presetsDir, templatesDir, names, outDir);
        return result is null ? ExitCodes.UsageError : Write(context, result, context.Resolve(outDir), allPresets: names.Length == 0, force, quiet);
    }

    /// <summary>
    /// When nothing is refused and nothing is in the way, writes the files and says what changed. The output folder is
    /// locked from planning to the last write (one writer at a time), and temporary files a killed run left are removed
    /// and named first.
    /// </summary>
    internal static int Write(CliContext context, GenerationResult result, string outRoot, bool allPresets, bool force, bool quiet)
    {
        if (result.Refusals.Count > 0)
        {
            PolicyPrinter.Refusals(context, result.Refusals);
            return ExitCodes.Refused;
        }

        Directory.CreateDirectory(outRoot);
        using var held = OutputLock.Acquire(outRoot, context.Display(outRoot));
        var plan = Plan(context, result, outRoot, allPresets, force, out var exitCode);
        return plan is null ? exitCode : Commit(context, result, plan, force, held, quiet);
    }

    /// <summary>
    /// What else can stop a run, checked before anything is written (preset and template errors were checked by
    /// <see cref="PresetRun"/>): policy refusals (1), files edited by hand or not written by runnergen (2).
    /// Returns the plan, or null with the exit code.
    /// </summary>
    internal static OutputPlan? Plan(CliContext context, GenerationResult result, string outRoot, bool allPresets, bool force, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        if (result.Refusals.Count > 0)
        {
            PolicyPrinter.Refusals(context, result.Refusals);
            exitCode = ExitCodes.Refused;
            return null;
        }

        var plan = OutputPlan.Create(outRoot, result.Files, [.. result.Presets.Select(p => p.Name)], allPresets, context.Display);
        if (!force && OutputWriter.Conflicts(plan, p => context.Display(Path.Combine(outRoot, p))) is { Count: > 0 } conflicts)
        {
            DiagnosticPrinter.Print(context, conflicts);
            exitCode = ExitCodes.UsageError;
            return null;
        }

        return plan;
    }

    /// <summary>Carries out a plan and says what changed; takes the folder's lock unless <paramref name="held"/>.</summary>
    internal static int Commit(CliContext context, GenerationResult result, OutputPlan plan, bool force, OutputLock? held = null, bool quiet = false)
    {
        Directory.CreateDirectory(plan.Root);
        using var taken = held is null ? OutputLock.Acquire(plan.Root, context.Display(plan.Root)) : null;
        var report = new GenerateReport(context, quiet);
        foreach (var leftover in OutputWriter.RemoveLeftovers(plan.Root, everywhere: plan.Manifest.Reconciled))
        {
            report.Leftover(leftover);
        }

        var made = OutputWriter.Apply(plan, force, context.Display, report.BackedUp);
        report.Summary(result, plan, made);
        return ExitCodes.Success;
    }
}
