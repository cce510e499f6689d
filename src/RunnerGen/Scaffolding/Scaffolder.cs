using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Policy;
using RunnerGen.Presets;
using RunnerGen.Presets.Schema;

namespace RunnerGen.Scaffolding;

/// <summary>
/// The use case behind <c>runnergen new</c>: the preset from the strategy's descriptor, and the trust check that
/// refuses a strategy the trust level cannot have before anything is written.
/// </summary>
public static class Scaffolder
{
    /// <summary>Plans the preset; throws on a request that cannot make sense (unknown strategy, misplaced risks).</summary>
    public static ScaffoldPlan Plan(ScaffoldRequest request, StrategyCatalog catalog)
    {
        var definition = catalog.Find(request.Strategy)
            ?? throw new RunnerGenException(new Diagnostic(
                DiagnosticIds.InvalidEnumValue,
                Severity.Error,
                SourceLocation.InFile("--strategy"),
                $"no strategy '{SchemaValidator.Printable(request.Strategy)}': expected one of {string.Join(", ", catalog.Ids)}.",
                Suggestions.DidYouMean(request.Strategy, catalog.Ids)));
        var preset = PresetScaffold.Create(request.Name, definition, request.Trust, request.Executor, request.Platforms, request.AcceptRisks);
        if (preset.Trust != TrustLevel.Internal && request.AcceptRisks.Count > 0)
        {
            throw new RunnerGenException(new Diagnostic(DiagnosticIds.InvalidCombination, Severity.Error, SourceLocation.InFile("--accept-risk"), $"only internal presets accept risks by name; a {preset.Trust.Id()} preset {(preset.Trust == TrustLevel.Trusted ? "may have them without accepting" : "can never have them")}.", "Drop --accept-risk, or use --trust internal."));
        }

        if (preset.Executor == Executor.DockerAutoscaler && preset.Targets(Platform.Github))
        {
            throw new RunnerGenException(new Diagnostic(DiagnosticIds.ExecutorNotOnPlatform, Severity.Error, SourceLocation.InFile("--executor"), "docker-autoscaler is a GitLab Runner executor: GitHub Actions has no such runner.", "Use --platform gitlab with --executor docker-autoscaler; for GitHub, --executor kubernetes (an ephemeral Actions Runner Controller pod per job) or docker."));
        }

        return new ScaffoldPlan(preset, Refusal(preset, definition, catalog));
    }

    private static IReadOnlyList<string>? Refusal(Preset preset, StrategyDefinition definition, StrategyCatalog catalog)
    {
        if (definition.FitsTrust(preset.Trust, preset.AcceptRisks, preset.SingleUseVm))
        {
            return null;
        }

        var missing = definition.Risks.Where(r => !preset.AcceptRisks.Contains(r)).ToList();
        List<string> lines =
        [
            preset.Trust == TrustLevel.Internal
                ? $"{definition.Id} needs the risk {string.Join(" and ", missing.Select(r => r.Id()))}, which the preset does not accept."
                : $"{definition.Id} cannot serve {preset.Trust.Id()} pipelines.",
            .. missing.Select(r => $"{r.Id()}: {RiskCatalog.Why(r)}"),
            $"Use instead: {string.Join(", ", catalog.SafeAt(preset.Trust).Select(s => s.Id))}.",
        ];
        if (preset.Trust == TrustLevel.Internal)
        {
            lines.Add($"Or accept it by name: {string.Join(" ", missing.Select(r => $"--accept-risk {r.Id()}"))}.");
        }

        return lines;
    }
}
