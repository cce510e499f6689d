using RunnerGen.Policy.PodSecurity;
using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>Findings in a pod or pod template, from the Pod Security Standards evaluator.</summary>
public static class PodRules
{
    /// <summary>Evaluates <paramref name="pod"/> (an object with <c>metadata</c> and <c>spec</c>), adds its baseline failures as findings and returns the verdict.</summary>
    public static PodSecurityResult Check(YMapping pod, List<Finding> findings)
    {
        var result = PodSecurityEvaluator.Evaluate(pod);
        foreach (var violation in result.Baseline)
        {
            var rule = violation.CheckId switch
            {
                "privileged" => Rules.Privileged,
                "hostPathVolumes" => Rules.HostPath,
                "seccompProfile_baseline" or "appArmorProfile" => Rules.Unconfined,
                "capabilities_baseline" => Rules.AddedCapabilities,
                _ => Rules.PodSecurityBaseline,
            };
            var note = UserNamespaced(pod) && (rule == Rules.Privileged || rule == Rules.Unconfined)
                ? " The pod has hostUsers: false: root in it is not the node's root, which narrows a breakout, but Pod Security has no exception for this and neither has the policy."
                : string.Empty;
            findings.Add(new Finding(rule, violation.Location, $"{violation.Message} (Pod Security check {violation.CheckId}).{note}"));
        }

        return result;
    }

    private static bool UserNamespaced(YMapping pod) => pod.Map("spec")?["hostUsers"] is YScalar { Value: "false" };
}
