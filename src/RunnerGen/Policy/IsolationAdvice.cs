using RunnerGen.Model;

namespace RunnerGen.Policy;

/// <summary>
/// What <c>runner.isolation</c> and <c>runner.runtimeClass</c> buy and need, for <c>explain</c>. Neither changes a
/// finding or the verdict: Pod Security has no exception for a privileged or unconfined container in a user namespace,
/// and a RuntimeClass is only a name whose meaning runnergen cannot see.
/// </summary>
public static class IsolationAdvice
{
    /// <summary>One line per point; empty when the preset sets neither.</summary>
    public static IReadOnlyList<string> Lines(Preset preset)
    {
        var lines = new List<string>();
        var strategy = preset.Strategy.Value;
        if (preset.Runner.UserNamespace)
        {
            lines.Add("user-namespace: every pod has hostUsers: false. Root and capabilities inside a pod are mapped to an unprivileged range of the node's IDs, so a container breakout lands as an unprivileged user on the node, not as root.");
            lines.Add("It changes no Pod Security level, finding or verdict: privileged containers and unconfined seccomp/AppArmor still fail baseline, and user namespaces do not shrink the kernel a build can reach.");
            lines.Add("Needs Kubernetes 1.33+ (on by default; GA in 1.36) and, on every node, Linux 6.3+, containerd 2.0+ or CRI-O 1.25+, runc 1.2+ or crun 1.9+ (idmap mounts); elsewhere the pods do not start. GitLab job pods get it through [[runners.kubernetes.pod_spec]] with FF_USE_ADVANCED_POD_SPEC_CONFIGURATION.");
            if (strategy == "kaniko")
            {
                lines.Add("kaniko runs as root in its container: here that root is not the node's, the largest gain of any strategy.");
            }
            else if (strategy == "buildkit")
            {
                lines.Add("buildkit (rootless) maps the subordinate IDs 100000-165535 of its image's /etc/subuid, beyond the 65536 IDs a pod's user namespace has by default: raise the kubelet's userNamespaces.idsPerPod (a multiple of 65536, 196608 or more) or its user namespace cannot be set up.");
            }
            else if (strategy == "dind-rootless")
            {
                lines.Add("dind-rootless maps subordinate IDs from 100000 as well: raise the kubelet's userNamespaces.idsPerPod (196608 or more) or the daemon cannot set up its user namespace; its service container stays privileged.");
            }
        }

        if (preset.Runner.RuntimeClass is { } runtimeClass)
        {
            lines.Add($"runtimeClass {runtimeClass}: every pod runs with runtimeClassName {runtimeClass}. runnergen cannot tell what that class isolates (gVisor and Kata put their own kernel between the build and the node; runc does not), so it changes no finding or verdict: a privileged container in a sandbox is privileged in that sandbox. The RuntimeClass must exist in the cluster, and a builder must work under that runtime.");
        }

        return lines;
    }
}
