using RunnerGen.Diagnostics;
using RunnerGen.Policy.PodSecurity;

namespace RunnerGen.Policy;

/// <summary>The Pod Security verdict on one pod or pod template in a file.</summary>
/// <param name="Name">Which pod: <c>Pod NAME</c>, <c>ARC runner pod</c>, <c>ARC job pod</c>.</param>
/// <param name="Location">Where it starts.</param>
/// <param name="Result">The verdict.</param>
public sealed record PodVerdict(string Name, SourceLocation Location, PodSecurityResult Result);
