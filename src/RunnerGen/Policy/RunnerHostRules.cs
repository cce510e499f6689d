using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>
/// config.toml findings beside <see cref="ConfigTomlRules"/>: executors that run jobs on the host, executors whose
/// table is missing (so nothing limits the images), host devices and SELinux labels turned off.
/// </summary>
public static class RunnerHostRules
{
    private static readonly string[] HostExecutors = ["shell", "ssh", "custom"];
    private static readonly string[] DockerExecutors = ["docker", "docker-windows", "docker+machine", "docker-autoscaler"];

    /// <summary>
    /// The root with a lone <c>[runners.docker]</c> (a fragment with no <c>[[runners]]</c>, where TOML makes
    /// <c>runners</c> a table) read as one runner, so every rule sees it.
    /// </summary>
    public static YMapping AsRunnerList(YMapping root) =>
        root["runners"] is YMapping lone
            ? root with { Entries = [.. root.Entries.Select(e => e.Key == "runners" ? e with { Value = new YSequence(lone.Location, [lone]) } : e)] }
            : root;

    /// <summary>Adds the findings of every runner of <paramref name="root"/> (already through <see cref="AsRunnerList"/>).</summary>
    public static void Check(YMapping root, List<Finding> findings)
    {
        foreach (var runner in root.Items("runners").OfType<YMapping>())
        {
            var executor = runner.Scalar("executor");
            if (executor is not null && HostExecutors.Contains(executor.Value))
            {
                findings.Add(new(AuditRules.HostExecutor, executor.Location, $"executor = \"{executor.Value}\": jobs run on the runner's host, not in a throw-away container."));
            }

            if (executor is not null && DockerExecutors.Contains(executor.Value) && runner["docker"] is null)
            {
                findings.Add(new(Rules.NoAllowedImages, executor.Location, $"executor = \"{executor.Value}\" without a [runners.docker] table: no allowed_images, jobs may run any image."));
            }

            if (executor is { Value: "kubernetes" } && runner["kubernetes"] is null)
            {
                findings.Add(new(Rules.NoAllowedImages, executor.Location, "executor = \"kubernetes\" without a [runners.kubernetes] table: no allowed_images, jobs may run any image."));
            }

            if (runner.Map("docker") is { } docker)
            {
                Docker(docker, findings);
            }
        }
    }

    private static void Docker(YMapping docker, List<Finding> f)
    {
        foreach (var device in docker.Texts("devices"))
        {
            f.Add(new(AuditRules.HostDevices, device.Location, $"[runners.docker] devices passes the host device {device.Value} into every job."));
        }

        foreach (var entry in docker.Map("services_devices")?.Entries ?? [])
        {
            f.Add(new(AuditRules.HostDevices, entry.KeyLocation, $"[runners.docker.services_devices] passes host devices into the service {entry.Key}."));
        }

        foreach (var option in docker.Texts("security_opt").Concat(docker.Texts("services_security_opt")))
        {
            if (option.Value.Replace('=', ':') == "label:disable")
            {
                f.Add(new(Rules.Unconfined, option.Location, $"security_opt {option.Value}: SELinux no longer separates the jobs from the host."));
            }
        }
    }
}
