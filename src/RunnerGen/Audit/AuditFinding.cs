using RunnerGen.Policy;

namespace RunnerGen.Audit;

/// <summary>A finding and where it stands at the audit's trust level.</summary>
public sealed record AuditFinding(Finding Finding, FindingStatus Status);
