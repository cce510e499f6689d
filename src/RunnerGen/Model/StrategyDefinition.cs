namespace RunnerGen.Model;

/// <summary>
/// What a build strategy is and needs, as its descriptor <c>templates/strategies/ID/strategy.yaml</c> says. The
/// partials of that folder render it; the policy, <c>explain</c>, the schema, the defaults and the README read this.
/// </summary>
public sealed record StrategyDefinition
{
    /// <summary>The strategy's id (its folder name).</summary>
    public required StrategyId Strategy { get; init; }

    /// <summary>Where it comes in lists (<c>order</c>); ties by id.</summary>
    public required int Order { get; init; }

    /// <summary>One line for tables.</summary>
    public required string Summary { get; init; }

    /// <summary>Risks the strategy cannot do without (with its default settings).</summary>
    public required IReadOnlyList<RiskId> Risks { get; init; }

    /// <summary>The best Pod Security level its build pod reaches.</summary>
    public required PodSecurityLevel BestPodSecurity { get; init; }

    /// <summary>How the Actions Runner Controller scale set runs it: <c>kubernetes</c> container mode or a written-out <c>template</c>.</summary>
    public required string ArcMode { get; init; }

    /// <summary>
    /// True when a <c>kubernetes</c>-mode strategy's job needs no work volume shared with the runner pod
    /// (<c>arcNoVolume</c>): its job container runs as root, as ARC's <c>kubernetes-novolume</c> mode requires, so a
    /// preset may pick that mode (<c>github.containerMode</c>).
    /// </summary>
    public bool ArcNoVolume { get; init; }

    /// <summary>The <c>builderImages</c> key of the image the job runs in.</summary>
    public required string JobImage { get; init; }

    /// <summary>The <c>builderImages</c> key of the service or sidecar image, if the strategy has one.</summary>
    public string? ServiceImage { get; init; }

    /// <summary>Default references of images the strategy names that <c>pins.yaml</c> does not pin, by key.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ImageDefaults { get; init; } = [];

    /// <summary>Ids of the outputs the strategy renders (when the preset's platforms and executor call for them).</summary>
    public required IReadOnlyList<string> Outputs { get; init; }

    /// <summary>Ids of the maintained strategies that replace this one (<c>successors</c>), e.g. for an archived builder.</summary>
    public IReadOnlyList<string> Successors { get; init; } = [];

    /// <summary>What changes the successors' cost (<c>successorNote</c>), one sentence, if the descriptor says.</summary>
    public string? SuccessorNote { get; init; }

    /// <summary>What non-native platforms need from the host with this strategy (<c>platformsNote</c>), one sentence, if the descriptor says.</summary>
    public string? PlatformsNote { get; init; }

    /// <summary>What it can build beyond a single-platform image (<c>features</c>, see <see cref="StrategyFeatures"/>).</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>The word used in presets.</summary>
    public string Id => Strategy.Value;

    /// <summary>
    /// True when a preset at <paramref name="trust"/> may use the strategy, given the risks it accepts. On
    /// <paramref name="singleUseVm"/> (docker-autoscaler VMs that take one job each and are deleted after it) every risk
    /// of a strategy reaches only that job's VM, so every strategy fits every level (the policy's RG1047 says what remains).
    /// </summary>
    public bool FitsTrust(TrustLevel trust, IReadOnlyCollection<RiskId> accepted, bool singleUseVm = false) => singleUseVm || trust switch
    {
        TrustLevel.Trusted => true,
        TrustLevel.Internal => Risks.All(accepted.Contains),
        _ => Risks.Count == 0,
    };
}
