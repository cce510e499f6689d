using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Yaml;

namespace RunnerGen.Presets;

/// <summary>
/// <c>runner.isolation</c> and <c>runner.runtimeClass</c> where they cannot work: without the Kubernetes executor, or a user
/// namespace with the node's Docker socket.
/// </summary>
public static class IsolationChecks
{
    /// <summary>Reports each problem at its key.</summary>
    public static void Check(Preset preset, YMapping root, DiagnosticBag diagnostics)
    {
        var runner = root[PresetKeys.Runner] as YMapping;
        if (preset.Runner.UserNamespace && preset.Executor != Executor.Kubernetes)
        {
            diagnostics.Error(DiagnosticIds.IsolationNeedsKubernetes, runner?[PresetKeys.Isolation]?.Location ?? root.Location,
                $"runner.isolation: user-namespace needs the Kubernetes executor (hostUsers: false is a pod setting); this preset uses {preset.Executor.Id()}.",
                "Set executor: kubernetes, or remove runner.isolation (for the Docker executor, user namespaces are the daemon's userns-remap, set on the host).");
        }

        if (preset.Runner.RuntimeClass is not null && preset.Executor != Executor.Kubernetes)
        {
            diagnostics.Error(DiagnosticIds.RuntimeClassNeedsKubernetes, runner?[PresetKeys.RuntimeClass]?.Location ?? root.Location,
                $"runner.runtimeClass needs the Kubernetes executor (runtimeClassName is a pod setting); this preset uses {preset.Executor.Id()}.",
                "Set executor: kubernetes, or remove runner.runtimeClass (for the Docker executor the OCI runtime is the daemon's, set on the host).");
        }

        if (preset.Runner.UserNamespace && StrategyCatalog.Current.Get(preset.Strategy).Risks.Contains(RiskId.HostSocket))
        {
            diagnostics.Error(DiagnosticIds.IsolationWithHostSocket, runner?[PresetKeys.Isolation]?.Location ?? root.Location,
                $"runner.isolation: user-namespace cannot work with the {preset.Strategy.Value} strategy: the node's Docker socket belongs to the node's root and docker group, which no user ID of a user-namespaced pod is, and the daemon behind it is root on the node whatever the pod's namespace.",
                $"Use a strategy without the host socket ({string.Join(", ", StrategyCatalog.Current.All.Where(s => !s.Risks.Contains(RiskId.HostSocket)).Select(s => s.Id))}), or remove runner.isolation.");
        }
    }
}
