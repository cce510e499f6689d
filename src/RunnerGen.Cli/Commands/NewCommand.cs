using System.CommandLine;
using RunnerGen.Diagnostics;
using RunnerGen.Generation;
using RunnerGen.Output;
using RunnerGen.Policy;
using RunnerGen.Presets;
using RunnerGen.Rendering;
using RunnerGen.Strategies;

namespace RunnerGen.Cli.Commands;

/// <summary><c>runnergen new [NAME] --strategy S</c>: write a preset from the built-in one of that strategy, then render it.</summary>
public static class NewCommand
{
    /// <summary>Where presets written by <c>new</c> point editors for completion and checking: the schema beside them.</summary>
    public const string SchemaReference = Presets.Schema.JsonSchemaWriter.FileName;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var name = new Argument<string?>("NAME") { Description = "Preset name (default: TRUST-STRATEGY).", Arity = ArgumentArity.ZeroOrOne };
        var strategy = new Option<string>("--strategy") { Description = "How images are built: " + string.Join(", ", EnumIds.Words<BuildStrategy>()) + ".", Required = true, HelpName = "STRATEGY" };
        strategy.AcceptOnlyFromAmong([.. EnumIds.Words<BuildStrategy>()]);
        var trust = new Option<string?>("--trust") { Description = "How far the pipelines are trusted: " + string.Join(", ", EnumIds.Words<TrustLevel>()) + " (default: the built-in preset's).", HelpName = "TRUST" };
        trust.AcceptOnlyFromAmong([.. EnumIds.Words<TrustLevel>()]);
        var executor = new Option<string?>("--executor") { Description = "Where jobs run: docker or kubernetes (default: the built-in preset's).", HelpName = "EXECUTOR" };
        executor.AcceptOnlyFromAmong([.. EnumIds.Words<Executor>()]);
        var platform = new Option<string[]>("--platform") { Description = "Platforms to render for: gitlab, github; repeat for both (default: both).", HelpName = "PLATFORM", AllowMultipleArgumentsPerToken = true };
        platform.AcceptOnlyFromAmong([.. EnumIds.Words<Platform>()]);
        var acceptRisk = new Option<string[]>("--accept-risk") { Description = "A risk the preset accepts by name (internal presets only): " + string.Join(", ", EnumIds.Words<RiskId>()) + "; repeat for several. new never accepts a risk on its own.", HelpName = "RISK" };
        acceptRisk.AcceptOnlyFromAmong([.. EnumIds.Words<RiskId>()]);
        var presets = CommonOptions.Presets();
        var output = CommonOptions.Out();
        var templates = CommonOptions.Templates();
        var command = new Command("new", "Write presets/NAME.yaml from the built-in preset of a strategy, then render it. An existing preset is never overwritten.")
        {
            name, strategy, trust, executor, platform, acceptRisk, presets, output, templates,
        };
        command.SetAction(r => Run(
            context,
            r.GetValue(name),
            EnumIds.Parse<BuildStrategy>(r.GetValue(strategy)!)!.Value,
            r.GetValue(trust) is { } t ? EnumIds.Parse<TrustLevel>(t) : null,
            r.GetValue(executor) is { } e ? EnumIds.Parse<Executor>(e) : null,
            [.. (r.GetValue(platform) ?? []).Select(p => EnumIds.Parse<Platform>(p)!.Value)],
            [.. (r.GetValue(acceptRisk) ?? []).Select(a => EnumIds.Parse<RiskId>(a)!.Value).Distinct().Order()],
            r.GetValue(presets)!,
            r.GetValue(output)!,
            r.GetValue(templates)!));
        return command;
    }

    private static int Run(CliContext context, string? name, BuildStrategy strategy, TrustLevel? trust, Executor? executor, IReadOnlyList<Platform> platforms, IReadOnlyList<RiskId> acceptRisks, string presetsDir, string outDir, string templatesDir)
    {
        var preset = PresetScaffold.Create(name, strategy, trust, executor, platforms, acceptRisks);
        if (preset.Trust != TrustLevel.Internal && acceptRisks.Count > 0)
        {
            throw new RunnerGenException(new Diagnostic(DiagnosticIds.InvalidCombination, Severity.Error, SourceLocation.InFile("--accept-risk"), $"only internal presets accept risks by name; a {preset.Trust.Id()} preset {(preset.Trust == TrustLevel.Trusted ? "may have them without accepting" : "can never have them")}.", "Drop --accept-risk, or use --trust internal."));
        }

        var definition = StrategyCatalog.Get(strategy);
        if (!definition.FitsTrust(preset.Trust, preset.AcceptRisks))
        {
            var missing = definition.Risks.Where(r => !preset.AcceptRisks.Contains(r)).ToList();
            context.Error.WriteLine(preset.Trust == TrustLevel.Internal
                ? $"runnergen: refused: {strategy.Id()} needs the risk {string.Join(" and ", missing.Select(r => r.Id()))}, which the preset does not accept."
                : $"runnergen: refused: {strategy.Id()} cannot serve {preset.Trust.Id()} pipelines.");
            foreach (var risk in missing)
            {
                context.Error.WriteLine($"  {risk.Id()}: {RiskCatalog.Why(risk)}");
            }

            context.Error.WriteLine($"  Use instead: {string.Join(", ", StrategyCatalog.SafeAt(preset.Trust).Select(s => s.Id))}.");
            if (preset.Trust == TrustLevel.Internal)
            {
                context.Error.WriteLine($"  Or accept it by name: {string.Join(" ", missing.Select(r => $"--accept-risk {r.Id()}"))}.");
            }

            return ExitCodes.Refused;
        }

        var presetsFull = context.Resolve(presetsDir);
        var file = Path.Combine(presetsFull, preset.Name + ".yaml");
        var display = context.Display(file);
        var existing = Directory.Exists(presetsFull) ? PresetLoader.LoadDirectory(presetsFull, context.WorkingDirectory) : null;
        if (File.Exists(file) || existing?.Documents.Any(d => d.Name == preset.Name) == true)
        {
            throw new RunnerGenException(new Diagnostic(DiagnosticIds.PresetExists, Severity.Error, SourceLocation.InFile(display), $"a preset named '{preset.Name}' already exists; it is left as it is.", "Pass another NAME, or edit the existing preset."));
        }

        var text = PresetScaffold.ToYaml(preset, SchemaReference);
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(presetsFull));
        var set = PresetLoader.Load([(text, display, $"{folderName}/{preset.Name}.yaml")]);
        if (PresetRun.Render(context, set, templatesDir, [preset.Name], outDir) is not { } result)
        {
            return ExitCodes.UsageError;
        }

        if (result.Refusals is [var refused, ..])
        {
            PolicyPrinter.Refusals(context, result.Refusals);
            if (refused.Preset.Trust == TrustLevel.Internal && refused.Exceeding.All(f => f.Rule.Risk is not null))
            {
                context.Error.WriteLine($"runnergen: to accept it, run new again with {string.Join(" ", refused.AcceptableRisks().Select(r => $"--accept-risk {r.Id()}"))} (and the risks already given).");
            }

            return ExitCodes.Refused;
        }

        var plan = GenerateCommand.Plan(context, result, context.Resolve(outDir), allPresets: false, force: false, out var exitCode);
        if (plan is null)
        {
            return exitCode;
        }

        Directory.CreateDirectory(presetsFull);
        using (var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
        {
            writer.Write(text);
        }

        context.Out.WriteLine($"created {display}");
        if (preset.AcceptRisks.Count > 0)
        {
            context.Out.WriteLine($"accepted risks: {string.Join(", ", preset.AcceptRisks.Select(r => r.Id()))} (runnergen explain {preset.Name} says what they mean)");
        }

        WriteSchema(context, presetsFull);
        return GenerateCommand.Commit(context, result, plan, force: false);
    }

    /// <summary>Writes the JSON Schema beside the presets, unless a file there was not written by runnergen.</summary>
    private static void WriteSchema(CliContext context, string presetsFull)
    {
        var path = Path.Combine(presetsFull, Presets.Schema.JsonSchemaWriter.FileName);
        var schema = Presets.Schema.JsonSchemaWriter.Write();
        if (File.Exists(path) && (File.ReadAllText(path) == schema || !File.ReadAllText(path).Contains("\"Generated by runnergen", StringComparison.Ordinal)))
        {
            return;
        }

        OutputWriter.WriteAtomically(path, schema);
        context.Out.WriteLine($"wrote {context.Display(path)}");
    }
}
