using RunnerGen.Diagnostics;
using RunnerGen.Model;

namespace RunnerGen.Policy.PodSecurity;

/// <summary>A Pod Security Standards check a pod fails.</summary>
/// <param name="CheckId">The check's id as the Kubernetes project names it (<c>privileged</c>, <c>runAsNonRoot</c>, …).</param>
/// <param name="Level">The level the check belongs to.</param>
/// <param name="Message">What is wrong, naming the container or field.</param>
/// <param name="Location">Where in the file.</param>
public sealed record PodSecurityViolation(string CheckId, PodSecurityLevel Level, string Message, SourceLocation Location);
