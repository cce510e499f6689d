using System.CommandLine;
using System.Globalization;
using RunnerGen.Cli.Reporting;
using RunnerGen.Model;
using RunnerGen.Scaffolding;

namespace RunnerGen.Cli.Commands;

/// <summary><c>runnergen new [NAME] --strategy S</c>: write a preset for a strategy (from its descriptor), then render it.</summary>
public static class NewCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var name = new Argument<string?>("NAME") { Description = "Preset name (default: TRUST-STRATEGY).", Arity = ArgumentArity.ZeroOrOne };
        var templates = CommonOptions.Templates();
        var strategy = StrategyOption.Create(context, templates);
        var trust = Choice<TrustLevel, string?>("--trust", "TRUST", "How far the pipelines are trusted: {0} (default: untrusted for a strategy without risks, else trusted).");
        var executor = Choice<Executor, string?>("--executor", "EXECUTOR", "Where jobs run: {0} (default: kubernetes).");
        var platform = Choice<Platform, string[]>("--platform", "PLATFORM", "Platforms to render for: {0}; repeat for both (default: both).");
        var acceptRisk = Choice<RiskId, string[]>("--accept-risk", "RISK", "A risk the preset accepts by name (internal presets only): {0}; repeat for several. new never accepts a risk on its own.");
        var presets = CommonOptions.Presets();
        var output = CommonOptions.Out();
        var command = new Command("new", "Write presets/NAME.yaml for a strategy, then render it. An existing preset is never overwritten.")
        {
            name, strategy, trust, executor, platform, acceptRisk, presets, output, templates,
        };
        command.SetAction(r => Run(
            context,
            new ScaffoldRequest(
                r.GetValue(name),
                r.GetValue(strategy)!,
                r.GetValue(trust) is { } t ? EnumIds.Parse<TrustLevel>(t) : null,
                r.GetValue(executor) is { } e ? EnumIds.Parse<Executor>(e) : null,
                Parse<Platform>(r.GetValue(platform)),
                [.. Parse<RiskId>(r.GetValue(acceptRisk)).Distinct().Order()]),
            r.GetValue(presets)!,
            r.GetValue(output)!,
            r.GetValue(templates)!));
        return command;
    }

    private static int Run(CliContext context, ScaffoldRequest request, string presetsDir, string outDir, string templatesDir)
    {
        var plan = Scaffolder.Plan(request, StrategyOption.Use(context, templatesDir));
        if (plan.Refusal is { } refusal)
        {
            context.Error.WriteLine($"runnergen: refused: {refusal[0]}");
            foreach (var line in refusal.Skip(1))
            {
                context.Error.WriteLine($"  {line}");
            }

            return ExitCodes.Refused;
        }

        var target = new ScaffoldTarget(context.Resolve(presetsDir), context.Resolve(outDir), context.WorkingDirectory, context.Display);
        var report = new NewReport(context, plan.Preset);
        return report.Finish(ScaffoldWriter.Write(plan.Preset, target, set => PresetRun.Render(context, set, templatesDir, [plan.Preset.Name], outDir), report));
    }

    private static Option<TValue> Choice<T, TValue>(string name, string helpName, string description)
        where T : struct, Enum
    {
        var option = new Option<TValue>(name)
        {
            Description = string.Format(CultureInfo.InvariantCulture, description, string.Join(", ", EnumIds.Words<T>())),
            HelpName = helpName,
            AllowMultipleArgumentsPerToken = typeof(TValue) == typeof(string[]),
        };
        option.AcceptOnlyFromAmong([.. EnumIds.Words<T>()]);
        return option;
    }

    private static IReadOnlyList<T> Parse<T>(string[]? words)
        where T : struct, Enum => [.. (words ?? []).Select(w => EnumIds.Parse<T>(w)!.Value)];
}
