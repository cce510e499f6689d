namespace RunnerGen.Review;

/// <summary>One line of a security summary, and whether it raises risk.</summary>
public sealed record SecurityChange(string Preset, string Text, bool RaisesRisk);
