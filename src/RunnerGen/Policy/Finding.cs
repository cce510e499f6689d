using RunnerGen.Diagnostics;

namespace RunnerGen.Policy;

/// <summary>One place in a file where a rule applies.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Location">File, line and column.</param>
/// <param name="What">What was found there, in plain words.</param>
public sealed record Finding(Rule Rule, SourceLocation Location, string What);
