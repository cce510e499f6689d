using RunnerGen.Diagnostics;

namespace RunnerGen.Policy;

/// <summary>One place in a file where a rule applies.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Location">File, line and column.</param>
/// <param name="What">What was found there, in plain words.</param>
public sealed record Finding(Rule Rule, SourceLocation Location, string What)
{
    /// <summary>
    /// The rule that contains this finding, if one does (a privileged container on a docker-autoscaler VM that takes
    /// one job and is deleted after it: <see cref="AutoscalerRules.SingleUseVmRoot"/>). The finding keeps its rule and
    /// risk; its status is the containing rule's.
    /// </summary>
    public Rule? ContainedBy { get; init; }

    /// <summary>Where the finding stands for <paramref name="trust"/> and the <paramref name="accepted"/> risks: its rule's status, or the containing rule's.</summary>
    public FindingStatus Status(Model.TrustLevel trust, IReadOnlyCollection<Model.RiskId> accepted) => (ContainedBy ?? Rule).Status(trust, accepted);
}
