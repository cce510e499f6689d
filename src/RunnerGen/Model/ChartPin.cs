namespace RunnerGen.Model;

/// <summary>A Helm chart the generated values are written for, pinned in <c>pins.yaml</c> (<c>charts</c>).</summary>
/// <param name="Chart">The chart's name in its repository, such as <c>gitlab-runner</c>.</param>
/// <param name="Repository">The chart repository's URL, such as <c>https://charts.gitlab.io</c>.</param>
/// <param name="Version">The chart version, such as <c>0.88.3</c>.</param>
public sealed record ChartPin(string Chart, string Repository, string Version);
