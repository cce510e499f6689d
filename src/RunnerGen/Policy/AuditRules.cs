using RunnerGen.Model;

namespace RunnerGen.Policy;

/// <summary>
/// Rules added for files people bring to <c>audit</c> (they apply to rendered files too): executors that run jobs on
/// the runner's host, host devices, and the workflow mistakes the common workflow scanners look for. Rules.All lists
/// them with the others.
/// </summary>
public static class AuditRules
{
    /// <summary>shell, ssh or custom executor: the job runs on a host, not in a container the runner throws away.</summary>
    public static readonly Rule HostExecutor = new("RG1030", "host-executor", FindingSeverity.High, null, [TrustLevel.Trusted],
        "with the shell, ssh or custom executor a job runs as a user of the host itself, with no container between them: it can read what other jobs left, change the runner's own files and reach everything the host reaches.",
        "Use the docker or kubernetes executor (an ephemeral container or pod per job) for pipelines that are not trusted; keep host executors for trusted pipelines only.");

    /// <summary>Interpolation of values anyone can write into a script.</summary>
    public static readonly Rule ExpressionInjection = new("RG1031", "expression-injection", FindingSeverity.High, null, [],
        "${{ }} is replaced before the script runs, so text anyone can write (an issue or pull request title, a comment, a branch name, a commit message) becomes part of the shell or JavaScript code and runs with the job's token and secrets, at any trust level.",
        "Pass the value through an environment variable: env: TITLE: ${{ github.event.issue.title }} and use \"$TITLE\" in run: (process.env.TITLE in actions/github-script).");

    /// <summary>workflow_run that checks out the triggering run's head.</summary>
    public static readonly Rule WorkflowRunCheckout = new("RG1032", "workflow-run-head-checkout", FindingSeverity.High, null, [TrustLevel.Trusted],
        "workflow_run runs in the base repository with its secrets and a write token, even when the triggering run came from a fork's pull request; checking out that run's head then runs the fork's code with them.",
        "Do not check out or run the triggering run's code under workflow_run; pass results as artifacts and treat them as data.");

    /// <summary>Host devices passed into job containers.</summary>
    public static readonly Rule HostDevices = new("RG1033", "host-devices", FindingSeverity.High, null, [TrustLevel.Trusted],
        "a host device in a job container (devices, services_devices) gives the job direct access to the host's hardware or kernel interface, outside what the container isolates.",
        "Remove devices and services_devices from runners that untrusted or internal pipelines reach; keep jobs that need a device on a runner only trusted pipelines use.");

    /// <summary>The rules of this file, by id.</summary>
    public static readonly IReadOnlyList<Rule> All = [HostExecutor, ExpressionInjection, WorkflowRunCheckout, HostDevices];
}
