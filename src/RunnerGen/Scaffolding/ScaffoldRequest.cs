using RunnerGen.Model;

namespace RunnerGen.Scaffolding;

/// <summary>What <c>runnergen new</c> was asked for; null means "the default".</summary>
/// <param name="Name">The preset name, or null for <c>TRUST-STRATEGY</c>.</param>
/// <param name="Strategy">The strategy id as typed.</param>
/// <param name="Trust">The trust level.</param>
/// <param name="Executor">The executor.</param>
/// <param name="Platforms">The platforms; empty for both.</param>
/// <param name="AcceptRisks">Risks accepted by name.</param>
public sealed record ScaffoldRequest(string? Name, string Strategy, TrustLevel? Trust, Executor? Executor, IReadOnlyList<Platform> Platforms, IReadOnlyList<RiskId> AcceptRisks);
