using System.Text.RegularExpressions;
using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>
/// The threat model applied to GitHub workflows: whether code from forks reaches a persistent self-hosted runner,
/// whether a job reaches the runner host's Docker daemon, and whether a job receives push credentials or a signing
/// identity (<see cref="ThreatRules"/>).
/// </summary>
public static partial class RunnerExposureRules
{
    private static readonly string[] ForkEvents = ["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment", "issue_comment", "workflow_run"];
    private static readonly string[] IdentityScopes = ["packages", "id-token", "attestations"];
    private static readonly string[] DockerActions = ["docker/setup-buildx-action@", "docker/build-push-action@", "docker/login-action@"];

    /// <summary>Adds the workflow's findings to <paramref name="findings"/>.</summary>
    public static void Check(YMapping workflow, List<Finding> findings)
    {
        var events = Events(workflow);
        var forkEvents = events.Where(e => ForkEvents.Contains(e)).ToList();
        foreach (var jobEntry in workflow.Map("jobs")?.Entries ?? [])
        {
            if (jobEntry.Value is not YMapping job)
            {
                continue;
            }

            var name = jobEntry.Key;
            if (IsPersistentSelfHosted(job))
            {
                if (forkEvents.Count > 0 && !GuardsForks(job))
                {
                    findings.Add(new(ThreatRules.ForkOnPersistentRunner, (job["runs-on"] ?? job).Location, $"job '{name}' runs on a persistent self-hosted runner (label self-hosted) for {string.Join(", ", forkEvents)} events, whose workflow a fork controls."));
                }

                if (job["container"] is { } container)
                {
                    findings.Add(new(ThreatRules.RunnerHostSocket, container.Location, $"job '{name}' runs in a container on a persistent self-hosted runner, which mounts the host's /var/run/docker.sock into it."));
                }
                else if (UsesHostDocker(job) is { } at)
                {
                    findings.Add(new(ThreatRules.RunnerHostSocket, at, $"job '{name}' drives the Docker daemon of its persistent self-hosted runner's host."));
                }
            }

            Credentials(name, job, findings);
            if (!events.Any(e => ForkEvents.Contains(e) || e == "pull_request_target"))
            {
                ProtectedRefsOnly(name, job, events, findings);
            }
        }
    }

    /// <summary>A workflow for protected refs only (no pull request events): its push credentials need a ref guard and an environment.</summary>
    private static void ProtectedRefsOnly(string name, YMapping job, List<string> events, List<Finding> findings)
    {
        var pushCredentials = Scalars(job).Any(s => Secret().IsMatch(s.Value))
            || (job["permissions"] is YMapping permissions && permissions.Entries.Any(e => IdentityScopes.Contains(e.Key) && e.Value is YScalar { Value: "write" }));
        if (!pushCredentials)
        {
            return;
        }

        if (events.Contains("workflow_dispatch") && !(job.Text("if") is { } condition && RefGuard().IsMatch(condition)))
        {
            findings.Add(new(ThreatRules.UnguardedSecrets, (job["if"] ?? job["runs-on"] ?? job).Location, $"job '{name}' pushes on workflow_dispatch from any branch: no condition on github.ref_protected or github.ref."));
        }

        if (job["environment"] is null)
        {
            findings.Add(new(ThreatRules.UnguardedSecrets, (job["runs-on"] ?? job).Location, $"job '{name}' uses registry credentials without a GitHub environment."));
        }
    }

    private static void Credentials(string name, YMapping job, List<Finding> findings)
    {
        if (job["permissions"] is YMapping permissions)
        {
            foreach (var entry in permissions.Entries.Where(e => IdentityScopes.Contains(e.Key) && e.Value is YScalar { Value: "write" }))
            {
                findings.Add(new(entry.Key == "id-token" ? ThreatRules.SigningIdentity : ThreatRules.PushCredentials, entry.KeyLocation, $"job '{name}' has {entry.Key}: write ({(entry.Key == "packages" ? "it can push packages" : "a signing identity")})."));
            }
        }

        if (Scalars(job).FirstOrDefault(s => Secret().IsMatch(s.Value)) is { } secret)
        {
            findings.Add(new(ThreatRules.PushCredentials, secret.Location, $"job '{name}' reads the secret {Secret().Match(secret.Value).Groups[1].Value}."));
        }

        foreach (var step in job.Items("steps").OfType<YMapping>())
        {
            if (step.Map("with")?.Find("cache-to") is { } cacheTo)
            {
                findings.Add(new(ThreatRules.PushCredentials, cacheTo.KeyLocation, $"job '{name}' writes a registry cache (cache-to)."));
            }
            else if (step.Scalar("run") is { } run && CacheWrites.InCommand().Match(run.Value) is { Success: true } write)
            {
                findings.Add(new(ThreatRules.PushCredentials, run.Location, $"job '{name}' writes a registry cache ({write.Value})."));
            }
        }
    }

    /// <summary>Where a job without a container uses the host's Docker daemon, if it does.</summary>
    private static Diagnostics.SourceLocation? UsesHostDocker(YMapping job)
    {
        foreach (var step in job.Items("steps").OfType<YMapping>())
        {
            if (step.Scalar("uses") is { } uses && DockerActions.Any(a => uses.Value.StartsWith(a, StringComparison.Ordinal)))
            {
                return uses.Location;
            }

            if (step.Scalar("run") is { } run && DockerCommand().IsMatch(run.Value))
            {
                return run.Location;
            }
        }

        return null;
    }

    /// <summary>True when the job's runs-on names the self-hosted label: a runner registered on a host, not an ARC scale set.</summary>
    public static bool IsPersistentSelfHosted(YMapping job) => job["runs-on"] switch
    {
        YScalar s => s.Value == "self-hosted",
        YSequence seq => seq.Items.OfType<YScalar>().Any(i => i.Value == "self-hosted"),
        YMapping map => map.Texts("labels").Any(l => l.Value == "self-hosted"),
        _ => false,
    };

    private static List<string> Events(YMapping workflow) => workflow["on"] switch
    {
        YScalar s => [s.Value],
        YSequence seq => [.. seq.Items.OfType<YScalar>().Select(i => i.Value)],
        YMapping map => [.. map.Entries.Select(e => e.Key)],
        _ => [],
    };

    private static bool GuardsForks(YMapping job) => job.Text("if") is { } condition && ForkGuard().IsMatch(condition);

    private static IEnumerable<YScalar> Scalars(YNode node) => node switch
    {
        YScalar s => [s],
        YSequence seq => seq.Items.SelectMany(Scalars),
        YMapping map => map.Entries.SelectMany(e => Scalars(e.Value)),
        _ => [],
    };

    [GeneratedRegex(@"\bsecrets\.(?!GITHUB_TOKEN\b)([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Secret();

    [GeneratedRegex(@"github\.ref_protected|github\.ref\s*==")]
    private static partial Regex RefGuard();


    [GeneratedRegex(@"(^|[\s;&|(])docker\s")]
    private static partial Regex DockerCommand();

    [GeneratedRegex(@"head\.repo\.full_name\s*==\s*github\.repository|head\.repo\.fork\s*==\s*false|!\s*github\.event\.pull_request\.head\.repo\.fork")]
    private static partial Regex ForkGuard();
}
