using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>
/// What a pod exposes on the pod network: Docker daemons without TLS (<see cref="ThreatRules.DaemonWithoutTls"/>), and
/// NetworkPolicies that let traffic in (<see cref="ThreatRules.OpenIngress"/>).
/// </summary>
public static class DaemonRules
{
    /// <summary>Adds the findings of a pod or pod template (an object with <c>spec</c>).</summary>
    public static void Check(YMapping pod, List<Finding> findings)
    {
        var spec = pod.Map("spec");
        foreach (var container in spec.Items("initContainers").Concat(spec.Items("containers")).OfType<YMapping>())
        {
            var certDir = container.Items("env").OfType<YMapping>().FirstOrDefault(e => e.Text("name") == "DOCKER_TLS_CERTDIR");
            if (certDir is null || !string.IsNullOrEmpty(certDir.Text("value")) || certDir["valueFrom"] is not null)
            {
                continue;
            }

            // Explicit dockerd arguments replace the entrypoint's default tcp://0.0.0.0:2375; only unix sockets are private.
            var words = container.Texts("command").Concat(container.Texts("args")).Select(w => w.Value).ToList();
            var explicitHosts = words.Where(w => w.StartsWith("--host=", StringComparison.Ordinal) || w.StartsWith("-H=", StringComparison.Ordinal)).ToList();
            if (words.Contains("dockerd") && explicitHosts.Count > 0 && explicitHosts.All(h => h.Contains("=unix://", StringComparison.Ordinal)))
            {
                continue;
            }

            findings.Add(new Finding(ThreatRules.DaemonWithoutTls, certDir.Location, $"container '{container.Text("name")}' starts a Docker daemon with DOCKER_TLS_CERTDIR empty: it listens on tcp://0.0.0.0:2375 of the pod IP without TLS."));
        }
    }

    /// <summary>Adds the findings of a NetworkPolicy.</summary>
    public static void CheckNetworkPolicy(YMapping policy, List<Finding> findings)
    {
        var spec = policy.Map("spec");
        var types = spec.Texts("policyTypes").Select(t => t.Value).ToList();
        var ingress = spec?.Find("ingress");
        var deniesIngress = (types.Count == 0 || types.Contains("Ingress")) && (ingress is null || ingress.Value is YSequence { Items.Count: 0 });
        if (!deniesIngress)
        {
            findings.Add(new Finding(ThreatRules.OpenIngress, ingress?.KeyLocation ?? policy.Location, $"NetworkPolicy {policy.Map("metadata").Text("name")} lets traffic in to the pods it selects."));
        }
    }
}
