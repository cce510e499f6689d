
namespace RunnerGen.Policy;

/// <summary>What the policy found in one file.</summary>
public sealed record FileReport(string File, DocumentKind Kind, IReadOnlyList<Finding> Findings, IReadOnlyList<PodVerdict> Pods);
