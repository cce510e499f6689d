using RunnerGen.Model;
using RunnerGen.Presets;

namespace RunnerGen.Audit;

/// <summary>What to audit and against what.</summary>
/// <param name="Paths">Files and folders, as the user named them.</param>
/// <param name="WorkingDirectory">Relative paths are resolved against this folder, and shown relative to it.</param>
/// <param name="Trust">The trust level the files must meet.</param>
/// <param name="Accepted">Risks accepted at trust level internal.</param>
/// <param name="Strict">A skipped file is an error (exit 2) instead of a warning.</param>
public sealed record AuditRequest(IReadOnlyList<string> Paths, string WorkingDirectory, TrustLevel Trust, IReadOnlyList<RiskId> Accepted, bool Strict);
