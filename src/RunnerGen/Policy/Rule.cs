using RunnerGen.Model;

namespace RunnerGen.Policy;

/// <summary>A policy rule: what it looks for, why it matters, what to do instead, and which trust levels may have it.</summary>
/// <param name="Id">Stable code, such as <c>RG1001</c>.</param>
/// <param name="Name">Short kebab-case name, such as <c>privileged-container</c>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Risk">The risk an internal preset can accept to allow it, if any.</param>
/// <param name="AllowedAt">Trust levels that may have it without accepting anything.</param>
/// <param name="Why">Plain words on the danger.</param>
/// <param name="Instead">What to do instead.</param>
public sealed record Rule(string Id, string Name, FindingSeverity Severity, RiskId? Risk, IReadOnlyList<TrustLevel> AllowedAt, string Why, string Instead)
{
    /// <summary>True when a preset at <paramref name="trust"/> that accepts <paramref name="accepted"/> may not have this.</summary>
    public bool Exceeds(TrustLevel trust, IReadOnlyCollection<RiskId> accepted) => Status(trust, accepted) == FindingStatus.Exceeds;

    /// <summary>Where this rule's findings stand for a preset at <paramref name="trust"/> that accepts <paramref name="accepted"/>.</summary>
    public FindingStatus Status(TrustLevel trust, IReadOnlyCollection<RiskId> accepted) =>
        AllowedAt.Contains(trust) ? FindingStatus.Allowed
        : trust == TrustLevel.Internal && Risk is { } risk && accepted.Contains(risk) ? FindingStatus.Accepted
        : FindingStatus.Exceeds;
}
