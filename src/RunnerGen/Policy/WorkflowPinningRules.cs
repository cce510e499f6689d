using System.Text.RegularExpressions;
using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>
/// RG1010 for what <see cref="WorkflowRules"/> leaves out: reusable workflows called by a job (<c>jobs.X.uses</c>)
/// and <c>docker://</c> steps, which must name a commit SHA and an image digest.
/// </summary>
public static partial class WorkflowPinningRules
{
    /// <summary>Adds a finding for every unpinned reusable workflow and docker:// step.</summary>
    public static void Check(YMapping workflow, List<Finding> findings)
    {
        foreach (var jobEntry in workflow.Map("jobs")?.Entries ?? [])
        {
            if (jobEntry.Value.Scalar("uses") is { } call && !call.Value.StartsWith("./", StringComparison.Ordinal) && !PinnedRef().IsMatch(call.Value))
            {
                findings.Add(new(Rules.UnpinnedAction, call.Location, $"job '{jobEntry.Key}' calls the reusable workflow {call.Value}, which is not pinned to a commit SHA."));
            }

            foreach (var step in jobEntry.Value.Items("steps").OfType<YMapping>())
            {
                if (step.Scalar("uses") is { } uses && uses.Value.StartsWith("docker://", StringComparison.Ordinal) && !uses.Value.Contains("@sha256:", StringComparison.Ordinal))
                {
                    findings.Add(new(Rules.UnpinnedAction, uses.Location, $"{uses.Value} is not pinned to an image digest (@sha256:…)."));
                }
            }
        }
    }

    [GeneratedRegex("@[0-9a-f]{40}$")]
    private static partial Regex PinnedRef();
}
