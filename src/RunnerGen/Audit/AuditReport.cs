using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Policy;
using RunnerGen.Presets;

namespace RunnerGen.Audit;

/// <summary>Everything an audit found: per file, pods, findings with their status, diagnostics and the verdict.</summary>
public sealed record AuditReport(
    TrustLevel Trust,
    IReadOnlyList<AuditedFile> Files,
    IReadOnlyList<PodVerdict> Pods,
    IReadOnlyList<AuditFinding> Findings,
    IReadOnlyList<Diagnostic> Diagnostics,
    AuditOutcome Outcome)
{
    /// <summary>How many files were audited.</summary>
    public int AuditedCount => Files.Count(f => f.State == AuditFileState.Audited);

    /// <summary>How many findings exceed the trust level.</summary>
    public int ExceedingCount => Findings.Count(f => f.Status == FindingStatus.Exceeds);
}
