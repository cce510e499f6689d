using RunnerGen.Policy;

namespace RunnerGen.Audit;

/// <summary>One file of an audit.</summary>
/// <param name="File">The path as shown to the user.</param>
/// <param name="State">Audited, skipped or failed.</param>
/// <param name="Kinds">What its documents are (audited files only), in document order, without repeats.</param>
/// <param name="Reason">Why it was skipped or failed; empty when audited.</param>
public sealed record AuditedFile(string File, AuditFileState State, IReadOnlyList<DocumentKind> Kinds, string Reason);
