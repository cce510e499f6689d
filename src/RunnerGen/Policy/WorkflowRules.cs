using System.Text.RegularExpressions;
using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>Findings in a GitHub Actions workflow.</summary>
public static partial class WorkflowRules
{
    private static readonly string[] UntrustedEvents = ["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment", "issue_comment", "workflow_run"];

    /// <summary>Adds the workflow's findings to <paramref name="findings"/>.</summary>
    public static void Check(YMapping workflow, List<Finding> findings)
    {
        var events = Events(workflow);
        TopPermissions(workflow, findings);

        foreach (var jobEntry in workflow.Map("jobs")?.Entries ?? [])
        {
            if (jobEntry.Value is not YMapping job)
            {
                continue;
            }

            JobPermissions(jobEntry.Key, job, findings);
            foreach (var step in job.Items("steps").OfType<YMapping>())
            {
                Step(step, events, findings);
            }

            if (events.Any(e => UntrustedEvents.Contains(e)) && IsSelfHosted(job) && !GuardsForks(job))
            {
                var at = (job["runs-on"] ?? job).Location;
                findings.Add(new(Rules.SelfHostedUntrustedEvents, at, $"job '{jobEntry.Key}' runs on a self-hosted runner for {string.Join(", ", events.Where(e => UntrustedEvents.Contains(e)))} events without skipping forks."));
            }
        }
    }

    /// <summary>The events that trigger the workflow.</summary>
    internal static List<string> Events(YMapping workflow) => workflow["on"] switch
    {
        YScalar s => [s.Value],
        YSequence seq => [.. seq.Items.OfType<YScalar>().Select(i => i.Value)],
        YMapping map => [.. map.Entries.Select(e => e.Key)],
        _ => [],
    };

    private static void TopPermissions(YMapping workflow, List<Finding> f)
    {
        switch (workflow["permissions"])
        {
            case null when !(workflow.Map("jobs")?.Entries.All(j => j.Value is YMapping job && job["permissions"] is not null) ?? false):
                f.Add(new(Rules.ExcessivePermissions, workflow.Location, "the workflow sets no permissions: its token gets the repository's default, which may be write-all."));
                break;
            case YScalar { Value: "write-all" } s:
                f.Add(new(Rules.ExcessivePermissions, s.Location, "permissions: write-all at the top of the workflow."));
                break;
            case YScalar { Value: "read-all" } s:
                f.Add(new(Rules.ExcessivePermissions, s.Location, "permissions: read-all at the top of the workflow: every job can read every scope; list the scopes it reads."));
                break;
            case YMapping map:
                foreach (var entry in map.Entries.Where(e => e.Value is YScalar { Value: "write" }))
                {
                    f.Add(new(Rules.ExcessivePermissions, entry.KeyLocation, $"{entry.Key}: write for every job of the workflow."));
                }

                break;
        }
    }

    private static void JobPermissions(string name, YMapping job, List<Finding> f)
    {
        switch (job["permissions"])
        {
            case YScalar { Value: "write-all" } s:
                f.Add(new(Rules.ExcessivePermissions, s.Location, $"job '{name}' has permissions: write-all."));
                break;
            case YScalar { Value: "read-all" } s:
                f.Add(new(Rules.ExcessivePermissions, s.Location, $"job '{name}' has permissions: read-all; list the scopes it reads."));
                break;
            case YMapping map:
                foreach (var entry in map.Entries.Where(e => e.Value is YScalar { Value: "write" } && !PermissionUse.Uses(job, e.Key)))
                {
                    f.Add(new(Rules.ExcessivePermissions, entry.KeyLocation, $"job '{name}' has {entry.Key}: write, and none of its steps does anything that needs it."));
                }

                break;
        }
    }

    private static void Step(YMapping step, List<string> events, List<Finding> f)
    {
        if (step.Scalar("uses") is { } uses && !uses.Value.StartsWith("./", StringComparison.Ordinal) && !uses.Value.StartsWith("docker://", StringComparison.Ordinal) && !PinnedRef().IsMatch(uses.Value))
        {
            f.Add(new(Rules.UnpinnedAction, uses.Location, $"{uses.Value} is not pinned to a commit SHA."));
        }

        if (!events.Contains("pull_request_target"))
        {
            return;
        }

        var checksOutHead = step.Text("uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true
            && step.Map("with").Text("ref") is { } gitRef && HeadRef().IsMatch(gitRef);
        var runsPrCheckout = step.Text("run")?.Contains("gh pr checkout", StringComparison.Ordinal) == true;
        if (checksOutHead || runsPrCheckout)
        {
            f.Add(new(Rules.PullRequestTargetCheckout, step.Location, "a pull_request_target workflow checks out the pull request's code."));
        }
    }

    private static bool IsSelfHosted(YMapping job) => RunnerLabels.MayBeSelfHosted(job);

    private static bool GuardsForks(YMapping job) =>
        job.Text("if") is { } condition && ForkGuard().IsMatch(condition);

    [GeneratedRegex("@[0-9a-f]{40}$")]
    private static partial Regex PinnedRef();

    [GeneratedRegex(@"pull_request\.head|head_ref|refs/pull/")]
    private static partial Regex HeadRef();

    [GeneratedRegex(@"head\.repo\.full_name\s*==\s*github\.repository|head\.repo\.fork\s*==\s*false|!\s*github\.event\.pull_request\.head\.repo\.fork")]
    private static partial Regex ForkGuard();
}
