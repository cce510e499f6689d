using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Yaml;

namespace RunnerGen.Policy.PodSecurity;

/// <summary>
/// The Pod Security Standards, check by check as <c>k8s.io/pod-security-admission/policy</c> implements them, for a
/// policy version <c>v1.N</c>. Init, regular and ephemeral containers are all checked. Restricted is baseline plus the
/// restricted checks, minus the baseline checks a restricted check overrides.
/// </summary>
public static class PodSecurityEvaluator
{
    /// <summary>The newest policy version this evaluator knows; <c>latest</c> means this one.</summary>
    public const int LatestMinor = 37;

    private static readonly string[] BaselineCapabilities = ["AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"];
    private static readonly string[] RestrictedVolumeSources = ["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret"];
    private static readonly string[] ContainerLists = ["initContainers", "containers", "ephemeralContainers"];

    /// <summary>Evaluates a pod, or anything with a pod's <c>metadata</c> and <c>spec</c> (a pod template).</summary>
    /// <param name="pod">The object holding <c>metadata</c> and <c>spec</c>.</param>
    /// <param name="minor">Policy version <c>v1.minor</c>.</param>
    public static PodSecurityResult Evaluate(YMapping pod, int minor = LatestMinor)
    {
        minor = Math.Min(minor, LatestMinor);
        var spec = pod.Map("spec") ?? new YMapping(pod.Location, []);
        var context = new Context(pod, spec, minor);
        var baseline = new List<PodSecurityViolation>();
        var restricted = new List<PodSecurityViolation>();
        Baseline(context, baseline);
        Restricted(context, restricted);

        var overridden = new HashSet<string>(StringComparer.Ordinal) { "hostPathVolumes", "seccompProfile_baseline", "capabilities_baseline" };
        if (minor >= 35)
        {
            overridden.Add("procMount");
        }

        return new PodSecurityResult(baseline, [.. baseline.Where(v => !overridden.Contains(v.CheckId)), .. restricted]);
    }

    private static void Baseline(Context c, List<PodSecurityViolation> v)
    {
        var podContext = c.Spec.Map("securityContext");

        if (podContext.Map("windowsOptions").Flag("hostProcess") == true)
        {
            v.Add(c.Fail("windowsHostProcess", PodSecurityLevel.Baseline, "pod sets securityContext.windowsOptions.hostProcess=true", podContext.Map("windowsOptions")!));
        }

        foreach (var field in new[] { "hostNetwork", "hostPID", "hostIPC" })
        {
            if (c.Spec.Flag(field) == true)
            {
                v.Add(c.Fail("hostNamespaces", PodSecurityLevel.Baseline, $"pod sets {field}=true", c.Spec.Scalar(field)!));
            }
        }

        foreach (var volume in c.Spec.Items("volumes"))
        {
            if (volume.Map("hostPath") is { } hostPath)
            {
                v.Add(c.Fail("hostPathVolumes", PodSecurityLevel.Baseline, $"volume '{volume.Text("name")}' is a hostPath volume ({hostPath.Text("path")})", hostPath));
            }
        }

        foreach (var (key, value) in Annotations(c.Pod))
        {
            if (key.StartsWith("container.apparmor.security.beta.kubernetes.io/", StringComparison.Ordinal)
                && !(value.Value.Length == 0 || value.Value == "runtime/default" || value.Value.StartsWith("localhost/", StringComparison.Ordinal)))
            {
                v.Add(c.Fail("appArmorProfile", PodSecurityLevel.Baseline, $"annotation {key}='{value.Value}'", value));
            }
        }

        AppArmorField(c, podContext, "pod", v);
        SeLinux(c, podContext, "pod", v);
        SeccompBaseline(c, podContext, "pod", v);

        foreach (var sysctl in podContext.Items("sysctls"))
        {
            var name = sysctl.Text("name") ?? string.Empty;
            if (!AllowedSysctls(c.Minor).Contains(name))
            {
                v.Add(c.Fail("sysctls", PodSecurityLevel.Baseline, $"pod sets the sysctl {name}", sysctl));
            }
        }

        foreach (var (container, label) in c.Containers)
        {
            var sc = container.Map("securityContext");
            if (sc.Map("windowsOptions").Flag("hostProcess") == true)
            {
                v.Add(c.Fail("windowsHostProcess", PodSecurityLevel.Baseline, $"{label} sets securityContext.windowsOptions.hostProcess=true", sc.Map("windowsOptions")!));
            }

            if (sc.Flag("privileged") == true)
            {
                v.Add(c.Fail("privileged", PodSecurityLevel.Baseline, $"{label} sets securityContext.privileged=true", sc.Scalar("privileged")!));
            }

            foreach (var capability in sc.Map("capabilities").Texts("add").Where(a => !BaselineCapabilities.Contains(a.Value)))
            {
                v.Add(c.Fail("capabilities_baseline", PodSecurityLevel.Baseline, $"{label} adds the capability {capability.Value}", capability));
            }

            foreach (var port in container.Items("ports"))
            {
                if (port.Number("hostPort") is { } hostPort and not 0)
                {
                    v.Add(c.Fail("hostPorts", PodSecurityLevel.Baseline, $"{label} uses hostPort {hostPort}", port.Scalar("hostPort")!));
                }
            }

            AppArmorField(c, sc, label, v);
            SeLinux(c, sc, label, v);
            SeccompBaseline(c, sc, label, v);

            if (sc.Text("procMount") is { } procMount && procMount != "Default" && !(c.Minor >= 35 && c.UserNamespace))
            {
                v.Add(c.Fail("procMount", PodSecurityLevel.Baseline, $"{label} sets securityContext.procMount={procMount}", sc.Scalar("procMount")!));
            }

            if (c.Minor >= 34)
            {
                HostProbes(c, container, label, v);
            }
        }
    }

    private static void Restricted(Context c, List<PodSecurityViolation> v)
    {
        var podContext = c.Spec.Map("securityContext");

        foreach (var volume in c.Spec.Items("volumes").OfType<YMapping>())
        {
            foreach (var entry in volume.Entries.Where(e => e.Key != "name" && !RestrictedVolumeSources.Contains(e.Key)))
            {
                v.Add(c.Fail("restrictedVolumes", PodSecurityLevel.Restricted, $"volume '{volume.Text("name")}' uses the volume type {entry.Key}", entry.Value));
            }
        }

        var userNamespaceRelaxed = c.Minor >= 35 && c.UserNamespace;
        var podNonRoot = podContext.Flag("runAsNonRoot");
        if (!userNamespaceRelaxed && podNonRoot == false)
        {
            v.Add(c.Fail("runAsNonRoot", PodSecurityLevel.Restricted, "pod sets securityContext.runAsNonRoot=false", podContext.Scalar("runAsNonRoot")!));
        }

        if (!userNamespaceRelaxed && podContext.Number("runAsUser") == 0)
        {
            v.Add(c.Fail("runAsUser", PodSecurityLevel.Restricted, "pod sets securityContext.runAsUser=0", podContext.Scalar("runAsUser")!));
        }

        var podSeccomp = podContext.Map("seccompProfile").Text("type");
        var podSeccompValid = podSeccomp is "RuntimeDefault" or "Localhost";
        if (!c.Windows && podSeccomp is not null && !podSeccompValid)
        {
            v.Add(c.Fail("seccompProfile_restricted", PodSecurityLevel.Restricted, $"pod sets seccompProfile.type={podSeccomp}", podContext.Map("seccompProfile")!));
        }

        foreach (var (container, label) in c.Containers)
        {
            var sc = container.Map("securityContext");
            if (!c.Windows && sc.Flag("allowPrivilegeEscalation") != false)
            {
                v.Add(c.Fail("allowPrivilegeEscalation", PodSecurityLevel.Restricted, $"{label} does not set securityContext.allowPrivilegeEscalation=false", (YNode?)sc ?? container));
            }

            if (!userNamespaceRelaxed)
            {
                var nonRoot = sc.Flag("runAsNonRoot");
                if (nonRoot == false)
                {
                    v.Add(c.Fail("runAsNonRoot", PodSecurityLevel.Restricted, $"{label} sets securityContext.runAsNonRoot=false", sc.Scalar("runAsNonRoot")!));
                }
                else if (nonRoot is null && podNonRoot != true)
                {
                    v.Add(c.Fail("runAsNonRoot", PodSecurityLevel.Restricted, $"{label} does not set runAsNonRoot=true, and neither does the pod", container));
                }

                if (sc.Number("runAsUser") == 0)
                {
                    v.Add(c.Fail("runAsUser", PodSecurityLevel.Restricted, $"{label} sets securityContext.runAsUser=0", sc.Scalar("runAsUser")!));
                }
            }

            if (!c.Windows)
            {
                var type = sc.Map("seccompProfile").Text("type");
                if (type is not null && type is not ("RuntimeDefault" or "Localhost"))
                {
                    v.Add(c.Fail("seccompProfile_restricted", PodSecurityLevel.Restricted, $"{label} sets seccompProfile.type={type}", sc.Map("seccompProfile")!));
                }
                else if (type is null && !podSeccompValid)
                {
                    v.Add(c.Fail("seccompProfile_restricted", PodSecurityLevel.Restricted, $"{label} has no seccompProfile.type RuntimeDefault or Localhost, and neither does the pod", container));
                }

                var capabilities = sc.Map("capabilities");
                if (!capabilities.Texts("drop").Any(d => d.Value == "ALL"))
                {
                    v.Add(c.Fail("capabilities_restricted", PodSecurityLevel.Restricted, $"{label} does not drop ALL capabilities", (YNode?)capabilities ?? container));
                }

                foreach (var capability in capabilities.Texts("add").Where(a => a.Value != "NET_BIND_SERVICE"))
                {
                    v.Add(c.Fail("capabilities_restricted", PodSecurityLevel.Restricted, $"{label} adds the capability {capability.Value}", capability));
                }
            }

            if (c.Minor >= 35 && sc.Text("procMount") is { } procMount && procMount != "Default")
            {
                v.Add(c.Fail("procMount_restricted", PodSecurityLevel.Restricted, $"{label} sets securityContext.procMount={procMount}", sc.Scalar("procMount")!));
            }
        }
    }

    private static void AppArmorField(Context c, YMapping? securityContext, string label, List<PodSecurityViolation> v)
    {
        if (securityContext.Map("appArmorProfile") is { } profile && profile.Text("type") is not ("RuntimeDefault" or "Localhost"))
        {
            v.Add(c.Fail("appArmorProfile", PodSecurityLevel.Baseline, $"{label} sets appArmorProfile.type={profile.Text("type")}", profile));
        }
    }

    private static void SeLinux(Context c, YMapping? securityContext, string label, List<PodSecurityViolation> v)
    {
        if (securityContext.Map("seLinuxOptions") is not { } options)
        {
            return;
        }

        var type = options.Text("type") ?? string.Empty;
        var allowed = type is "" or "container_t" or "container_init_t" or "container_kvm_t" || (type == "container_engine_t" && c.Minor >= 31);
        if (!allowed)
        {
            v.Add(c.Fail("seLinuxOptions", PodSecurityLevel.Baseline, $"{label} sets seLinuxOptions.type={type}", options));
        }

        foreach (var field in new[] { "user", "role" })
        {
            if (!string.IsNullOrEmpty(options.Text(field)))
            {
                v.Add(c.Fail("seLinuxOptions", PodSecurityLevel.Baseline, $"{label} sets seLinuxOptions.{field}", options.Scalar(field)!));
            }
        }
    }

    private static void SeccompBaseline(Context c, YMapping? securityContext, string label, List<PodSecurityViolation> v)
    {
        if (securityContext.Map("seccompProfile") is { } profile && profile.Text("type") is { } type && type is not ("RuntimeDefault" or "Localhost"))
        {
            v.Add(c.Fail("seccompProfile_baseline", PodSecurityLevel.Baseline, $"{label} sets seccompProfile.type={type}", profile));
        }
    }

    private static void HostProbes(Context c, YMapping container, string label, List<PodSecurityViolation> v)
    {
        var handlers = new List<(string Name, YMapping? Handler)>
        {
            ("livenessProbe", container.Map("livenessProbe")),
            ("readinessProbe", container.Map("readinessProbe")),
            ("startupProbe", container.Map("startupProbe")),
            ("lifecycle.postStart", container.Map("lifecycle").Map("postStart")),
            ("lifecycle.preStop", container.Map("lifecycle").Map("preStop")),
        };
        foreach (var (name, handler) in handlers)
        {
            foreach (var kind in new[] { "httpGet", "tcpSocket" })
            {
                if (handler.Map(kind).Text("host") is { Length: > 0 } host)
                {
                    v.Add(c.Fail("hostProbesAndHostLifecycle", PodSecurityLevel.Baseline, $"{label} sets {name}.{kind}.host={host}", handler.Map(kind)!.Scalar("host")!));
                }
            }
        }
    }

    private static IEnumerable<(string Key, YScalar Value)> Annotations(YMapping pod) =>
        pod.Map("metadata").Map("annotations")?.Entries.Where(e => e.Value is YScalar).Select(e => (e.Key, (YScalar)e.Value)) ?? [];

    private static HashSet<string> AllowedSysctls(int minor)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal) { "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start" };
        if (minor >= 27)
        {
            allowed.Add("net.ipv4.ip_local_reserved_ports");
        }

        if (minor >= 29)
        {
            allowed.UnionWith(["net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes"]);
        }

        if (minor >= 32)
        {
            allowed.UnionWith(["net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"]);
        }

        if (minor >= 37)
        {
            allowed.UnionWith(["net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat"]);
        }

        return allowed;
    }

    private sealed class Context(YMapping pod, YMapping spec, int minor)
    {
        public YMapping Pod => pod;

        public YMapping Spec => spec;

        public int Minor => minor;

        public bool UserNamespace => spec.Flag("hostUsers") == false;

        public bool Windows => minor >= 25 && spec.Map("os").Text("name") == "windows";

        public IEnumerable<(YMapping Container, string Label)> Containers =>
            ContainerLists.SelectMany(list => spec.Items(list).OfType<YMapping>().Select(container =>
                (container, $"{(list == "containers" ? "container" : list[..^1])} '{container.Text("name")}'")));

        public PodSecurityViolation Fail(string check, PodSecurityLevel level, string message, YNode at) =>
            new(check, level, message, at.Location);
    }
}
