using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>
/// The runner pod template of gha-runner-scale-set values as the chart renders it (templates/autoscalingrunnerset.yaml
/// and _helpers.tpl of actions/actions-runner-controller): <c>containerMode.type</c> adds containers and volumes the
/// values do not show, and the policy must read what runs.
/// </summary>
public static class ArcPodTemplate
{
    /// <summary>The container mode, when it is one the chart expands.</summary>
    public static YScalar? Mode(YMapping values) =>
        values.Map("containerMode").Scalar("type") is { Value: "dind" or "kubernetes" or "kubernetes-novolume" } type ? type : null;

    /// <summary>The rendered pod template (<c>metadata</c> and <c>spec</c>).</summary>
    public static YMapping Render(YMapping values)
    {
        var template = values.Map("template") ?? new YMapping(values.Location, []);
        if (Mode(values) is not { } mode)
        {
            return template;
        }

        var at = mode.Location;
        var spec = template.Map("spec") ?? new YMapping(template.Location, []);
        var containers = spec.Items("containers").OfType<YMapping>().ToList();
        var volumes = spec.Items("volumes").OfType<YMapping>().ToList();
        var initContainers = spec.Items("initContainers").ToList();
        var hasWork = volumes.Any(v => v.Text("name") == "work");

        List<YNode> newContainers;
        List<YNode> newInit;
        List<YNode> newVolumes;
        if (mode.Value == "dind")
        {
            // The chart puts its own dind container in (a native sidecar from Kubernetes 1.29, a plain container
            // before), drops any user container named dind, and adds emptyDir volumes for the socket and externals.
            newInit = [Init(at), Dind(at), .. initContainers];
            newContainers = [.. containers.Where(c => c.Text("name") != "dind")];
            newVolumes = [EmptyDir(at, "dind-sock"), EmptyDir(at, "dind-externals"), .. hasWork ? [] : new[] { EmptyDir(at, "work") }, .. volumes];
        }
        else
        {
            // Kubernetes modes add no container to the runner pod; "kubernetes" adds an ephemeral work volume unless
            // the values name one. The job itself runs in a pod built from the hook template.
            newInit = initContainers;
            newContainers = [.. containers];
            newVolumes = mode.Value == "kubernetes" && !hasWork ? [Ephemeral(at), .. volumes] : [.. volumes];
        }

        var newSpec = With(spec, ("initContainers", new YSequence(at, newInit)), ("containers", new YSequence(at, newContainers)), ("volumes", new YSequence(at, newVolumes)));
        return With(template, ("spec", newSpec));
    }

    private static YMapping With(YMapping map, params (string Key, YNode Value)[] replacements)
    {
        var entries = map.Entries.Where(e => !replacements.Any(r => r.Key == e.Key)).ToList();
        entries.AddRange(replacements.Select(r => new YEntry(r.Key, r.Value.Location, r.Value)));
        return map with { Entries = entries };
    }

    private static YMapping Init(SourceLocation at) => Map(at, ("name", Text(at, "init-dind-externals")), ("command", new YSequence(at, [Text(at, "cp")])));

    private static YMapping Dind(SourceLocation at) => Map(
        at,
        ("name", Text(at, "dind")),
        ("image", Text(at, "docker:dind")),
        ("securityContext", Map(at, ("privileged", new YScalar(at, "true", true)))),
        ("restartPolicy", Text(at, "Always")));

    private static YMapping EmptyDir(SourceLocation at, string name) => Map(at, ("name", Text(at, name)), ("emptyDir", Map(at)));

    private static YMapping Ephemeral(SourceLocation at) => Map(at, ("name", Text(at, "work")), ("ephemeral", Map(at, ("volumeClaimTemplate", Map(at)))));

    private static YScalar Text(SourceLocation at, string value) => new(at, value, false);

    private static YMapping Map(SourceLocation at, params (string Key, YNode Value)[] entries) =>
        new(at, [.. entries.Select(e => new YEntry(e.Key, at, e.Value))]);
}
