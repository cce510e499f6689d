using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>ARC container hook templates: a pod spec the runner container hooks merge into every job pod.</summary>
public static class HookTemplates
{
    /// <summary>A ConfigMap whose data holds a pod spec (the way the template usually reaches the runner).</summary>
    public static bool InConfigMap(YMapping document) =>
        document.Text("kind") == "ConfigMap"
        && document.Map("data")?.Entries.Any(e => e.Value is YScalar s && s.Value.Contains("containers:", StringComparison.Ordinal)) == true;

    /// <summary>
    /// The template file itself (what <c>ACTIONS_RUNNER_CONTAINER_HOOK_TEMPLATE</c> points at): no <c>kind</c>, a
    /// <c>spec</c> with <c>containers</c>.
    /// </summary>
    public static bool IsBare(YMapping document) =>
        document["kind"] is null && document["apiVersion"] is null && document.Map("spec")?["containers"] is YSequence;
}
