using RunnerGen.Policy;
using RunnerGen.Presets;

namespace RunnerGen.Strategies;

/// <summary>
/// What a build strategy is and needs. The templates in <c>templates/strategies/ID/</c> render it; this record is what
/// the policy, <c>explain</c>, the defaults and the README table read.
/// </summary>
public sealed record StrategyDefinition
{
    /// <summary>The strategy.</summary>
    public required BuildStrategy Strategy { get; init; }

    /// <summary>One line for tables.</summary>
    public required string Summary { get; init; }

    /// <summary>Risks the strategy cannot do without (with its default settings).</summary>
    public required IReadOnlyList<RiskId> Risks { get; init; }

    /// <summary>The best Pod Security level its build pod reaches.</summary>
    public required PodSecurityLevel BestPodSecurity { get; init; }

    /// <summary>How the Actions Runner Controller scale set runs it: <c>kubernetes</c> container mode or a written-out <c>template</c>.</summary>
    public required string ArcMode { get; init; }

    /// <summary>The image the job runs in.</summary>
    public required Func<BuilderImages, string> JobImage { get; init; }

    /// <summary>The service or sidecar image, if the strategy has one.</summary>
    public Func<BuilderImages, string>? ServiceImage { get; init; }

    /// <summary>The word used in presets.</summary>
    public string Id => Strategy.Id();

    /// <summary>True when a preset at <paramref name="trust"/> may use the strategy, given the risks it accepts.</summary>
    public bool FitsTrust(TrustLevel trust, IReadOnlyCollection<RiskId> accepted) => trust switch
    {
        TrustLevel.Trusted => true,
        TrustLevel.Internal => Risks.All(accepted.Contains),
        _ => Risks.Count == 0,
    };
}
