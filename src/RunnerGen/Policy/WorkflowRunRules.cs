using System.Text.RegularExpressions;
using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>RG1032: a <c>workflow_run</c> workflow that checks out the code of the run that triggered it.</summary>
public static partial class WorkflowRunRules
{
    /// <summary>Adds a finding for every step of a workflow_run workflow that checks out the triggering run's head.</summary>
    public static void Check(YMapping workflow, IReadOnlyCollection<string> events, List<Finding> findings)
    {
        if (!events.Contains("workflow_run"))
        {
            return;
        }

        foreach (var jobEntry in workflow.Map("jobs")?.Entries ?? [])
        {
            foreach (var step in jobEntry.Value.Items("steps").OfType<YMapping>())
            {
                var checksOutHead = step.Text("uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true
                    && (step.Map("with").Text("ref") is { } gitRef && TriggeringHead().IsMatch(gitRef)
                        || step.Map("with").Text("repository") is { } repository && repository.Contains("workflow_run.head_repository", StringComparison.Ordinal));
                var runsCheckout = step.Text("run") is { } run && (run.Contains("gh pr checkout", StringComparison.Ordinal) || (run.Contains("git ", StringComparison.Ordinal) && TriggeringHead().IsMatch(run)));
                if (checksOutHead || runsCheckout)
                {
                    findings.Add(new(AuditRules.WorkflowRunCheckout, step.Location, $"job '{jobEntry.Key}' of a workflow_run workflow checks out the triggering run's code."));
                }
            }
        }
    }

    [GeneratedRegex(@"workflow_run\.(head_sha|head_branch|head_commit\.id|pull_requests)|refs/pull/")]
    private static partial Regex TriggeringHead();
}
