using RunnerGen.Model;
using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>Findings in a GitLab Runner config.toml, for the Docker and the Kubernetes executor.</summary>
public static class ConfigTomlRules
{
    private static readonly string[] DefaultCapabilities = ["AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "NET_RAW", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"];
    private static readonly string[] ContainerContexts = ["build_container_security_context", "helper_container_security_context", "service_container_security_context", "init_permissions_container_security_context"];

    /// <summary>Adds the findings of every <c>[[runners]]</c> to <paramref name="findings"/>.</summary>
    public static void Check(YMapping root, List<Finding> findings)
    {
        foreach (var runner in root.Items("runners").OfType<YMapping>())
        {
            if (runner.Map("docker") is { } docker)
            {
                Docker(docker, findings);
            }

            if (runner.Map("kubernetes") is { } kubernetes)
            {
                Kubernetes(kubernetes, findings);
            }

            CacheRules.Check(runner, findings);
        }
    }

    private static void Docker(YMapping docker, List<Finding> f)
    {
        if (docker.Flag("privileged") == true)
        {
            f.Add(new(Rules.Privileged, docker.Scalar("privileged")!.Location, "[runners.docker] privileged = true: every job and service container runs privileged."));
            if (docker["allowed_privileged_images"] is null)
            {
                f.Add(new(Rules.UnscopedPrivileged, docker.Scalar("privileged")!.Location, "privileged = true without allowed_privileged_images: any image a job names runs privileged."));
            }
        }

        if (docker.Flag("services_privileged") == true)
        {
            f.Add(new(Rules.Privileged, docker.Scalar("services_privileged")!.Location, "[runners.docker] services_privileged = true: service containers run privileged."));
            if (docker["allowed_privileged_services"] is null)
            {
                f.Add(new(Rules.UnscopedPrivileged, docker.Scalar("services_privileged")!.Location, "services_privileged = true without allowed_privileged_services: any service a job names runs privileged."));
            }
        }

        foreach (var volume in docker.Texts("volumes"))
        {
            var parts = volume.Value.Split(':');
            if (volume.Value.Contains("docker.sock", StringComparison.Ordinal))
            {
                f.Add(new(Rules.HostPath, volume.Location, $"the host's Docker socket is mounted into every job ({volume.Value})."));
            }
            else if (parts.Length >= 2 && parts[0].StartsWith('/'))
            {
                f.Add(new(Rules.HostPath, volume.Location, $"the host path {parts[0]} is mounted into every job."));
            }
        }

        foreach (var option in docker.Texts("security_opt").Concat(docker.Texts("services_security_opt")))
        {
            var normalised = option.Value.Replace('=', ':');
            if (normalised is "seccomp:unconfined" or "apparmor:unconfined")
            {
                f.Add(new(Rules.Unconfined, option.Location, $"security_opt {option.Value}: jobs run without that kernel filter."));
            }
        }

        AddedCapabilities(docker.Texts("cap_add"), "cap_add", f);
        PullPolicies(docker, f);
        AllowedImages(docker, "[runners.docker]", f);

        foreach (var key in new[] { "network_mode", "pid_mode", "ipcmode" })
        {
            if (docker.Text(key) == "host")
            {
                f.Add(new(Rules.PodSecurityBaseline, docker.Scalar(key)!.Location, $"{key} = \"host\": jobs share the host's namespace."));
            }
        }
    }

    private static void Kubernetes(YMapping kubernetes, List<Finding> f)
    {
        if (kubernetes.Flag("privileged") == true)
        {
            f.Add(new(Rules.Privileged, kubernetes.Scalar("privileged")!.Location, "[runners.kubernetes] privileged = true: every container of every job pod runs privileged."));
        }

        if (kubernetes.Flag("allow_privilege_escalation") == true)
        {
            f.Add(new(Rules.PrivilegeEscalation, kubernetes.Scalar("allow_privilege_escalation")!.Location, "[runners.kubernetes] allow_privilege_escalation = true."));
        }

        foreach (var volume in kubernetes.Map("volumes").Items("host_path").OfType<YMapping>())
        {
            var path = volume.Text("host_path") ?? volume.Text("mount_path") ?? "?";
            var what = path.Contains("docker.sock", StringComparison.Ordinal) ? $"the node's Docker socket ({path}) is mounted into every job pod." : $"the node's path {path} is mounted into every job pod.";
            f.Add(new(Rules.HostPath, volume.Location, what));
        }

        foreach (var name in ContainerContexts)
        {
            if (kubernetes.Map(name) is not { } context)
            {
                continue;
            }

            if (context.Flag("privileged") == true)
            {
                f.Add(new(Rules.Privileged, context.Scalar("privileged")!.Location, $"[runners.kubernetes.{name}] privileged = true."));
            }

            if (context.Flag("allow_privilege_escalation") == true)
            {
                f.Add(new(Rules.PrivilegeEscalation, context.Scalar("allow_privilege_escalation")!.Location, $"[runners.kubernetes.{name}] allow_privilege_escalation = true."));
            }

            AddedCapabilities(context.Map("capabilities").Texts("add"), $"{name}.capabilities.add", f);
            Profiles(context, name, f);
        }

        if (kubernetes.Map("pod_security_context") is { } pod)
        {
            Profiles(pod, "pod_security_context", f);
        }

        foreach (var annotation in kubernetes.Map("pod_annotations")?.Entries ?? [])
        {
            if (annotation.Key.StartsWith("container.apparmor.security.beta.kubernetes.io/", StringComparison.Ordinal) && annotation.Value is YScalar { Value: "unconfined" })
            {
                f.Add(new(Rules.Unconfined, annotation.KeyLocation, $"pod annotation {annotation.Key} = \"unconfined\"."));
            }
        }

        AddedCapabilities(kubernetes.Texts("cap_add"), "cap_add", f);
        PullPolicies(kubernetes, f);
        AllowedImages(kubernetes, "[runners.kubernetes]", f);
    }

    private static void Profiles(YMapping context, string name, List<Finding> f)
    {
        foreach (var profile in new[] { "seccomp_profile", "app_armor_profile" })
        {
            if (context.Map(profile).Text("type") is "Unconfined" or "unconfined")
            {
                f.Add(new(Rules.Unconfined, context.Map(profile)!.Location, $"[runners.kubernetes.{name}.{profile}] type = \"Unconfined\"."));
            }
        }
    }

    private static void AddedCapabilities(IEnumerable<YScalar> added, string key, List<Finding> f)
    {
        foreach (var capability in added)
        {
            var name = capability.Value.ToUpperInvariant();
            name = name.StartsWith("CAP_", StringComparison.Ordinal) ? name[4..] : name;
            if (!DefaultCapabilities.Contains(name))
            {
                f.Add(new(Rules.AddedCapabilities, capability.Location, $"{key} adds {capability.Value}."));
            }
        }
    }

    private static void PullPolicies(YMapping executor, List<Finding> f)
    {
        foreach (var key in new[] { "pull_policy", "allowed_pull_policies" })
        {
            var values = executor[key] switch
            {
                YScalar s => [s],
                YSequence seq => seq.Items.OfType<YScalar>(),
                _ => [],
            };
            foreach (var value in values.Where(v => v.Value is "if-not-present" or "never"))
            {
                f.Add(new(Rules.PullIfNotPresent, value.Location, $"{key} includes \"{value.Value}\"."));
            }
        }
    }

    private static void AllowedImages(YMapping executor, string section, List<Finding> f)
    {
        if (executor["allowed_images"] is null)
        {
            f.Add(new(Rules.NoAllowedImages, executor.Location, $"{section} has no allowed_images: jobs may run any image."));
        }
    }
}
