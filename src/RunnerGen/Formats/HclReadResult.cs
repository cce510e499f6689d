namespace RunnerGen.Formats;

/// <summary>What <see cref="HclSyntax.Read"/> found: the first problem (null when none) and the literal strings.</summary>
/// <param name="Problem">Where and what, or null when the text is well formed.</param>
/// <param name="Strings">The decoded values of the quoted strings that hold no interpolation, in file order.</param>
public sealed record HclReadResult(HclProblem? Problem, IReadOnlyList<string> Strings);
