using RunnerGen.Model;

namespace RunnerGen.Policy.PodSecurity;

/// <summary>The Pod Security verdict on one pod: the highest level it meets, and every check it fails.</summary>
public sealed record PodSecurityResult(IReadOnlyList<PodSecurityViolation> Baseline, IReadOnlyList<PodSecurityViolation> Restricted)
{
    /// <summary>True when the pod is admitted at <paramref name="level"/>.</summary>
    public bool Meets(PodSecurityLevel level) => level switch
    {
        PodSecurityLevel.Privileged => true,
        PodSecurityLevel.Baseline => Baseline.Count == 0,
        _ => Restricted.Count == 0,
    };

    /// <summary>The most restrictive level the pod meets.</summary>
    public PodSecurityLevel Level => Meets(PodSecurityLevel.Restricted) ? PodSecurityLevel.Restricted
        : Meets(PodSecurityLevel.Baseline) ? PodSecurityLevel.Baseline
        : PodSecurityLevel.Privileged;
}
