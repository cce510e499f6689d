namespace RunnerGen.Formats;

/// <summary>Where an HCL file stops being well formed, and why.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong.</param>
public sealed record HclProblem(int Line, int Column, string Message);
