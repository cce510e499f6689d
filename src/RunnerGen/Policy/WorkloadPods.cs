using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>Where each Kubernetes kind that makes pods keeps its pod template.</summary>
public static class WorkloadPods
{
    private static readonly string[] SpecTemplateKinds = ["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "ReplicationController", "DeploymentConfig"];

    /// <summary>True for a kind that carries a pod template (not Pod itself).</summary>
    public static bool IsWorkload(YMapping document) => document.Text("kind") is { } kind && (SpecTemplateKinds.Contains(kind) || kind is "CronJob" or "PodTemplate");

    /// <summary>The pod template of a workload (an object with <c>metadata</c> and <c>spec</c>), or null when it has none.</summary>
    public static YMapping? Template(YMapping workload) => workload.Text("kind") switch
    {
        "CronJob" => workload.Map("spec").Map("jobTemplate").Map("spec").Map("template"),
        "PodTemplate" => workload.Map("template"),
        _ => workload.Map("spec").Map("template"),
    };

    /// <summary>
    /// The documents of a file with every <c>kind: List</c> (and <c>*List</c>, such as <c>DeploymentList</c>) replaced
    /// by its items, as kubectl reads them.
    /// </summary>
    public static IEnumerable<YNode> Flatten(IEnumerable<YNode> documents)
    {
        foreach (var document in documents)
        {
            if (document is YMapping map && map.Text("kind") is { } kind && kind.EndsWith("List", StringComparison.Ordinal) && map["items"] is YSequence items)
            {
                foreach (var item in Flatten(items.Items))
                {
                    yield return item;
                }
            }
            else
            {
                yield return document;
            }
        }
    }
}
