using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Yaml;

namespace RunnerGen.Presets;

/// <summary>
/// <c>executor: docker-autoscaler</c> and <c>runner.autoscaler</c> where they cannot work: the GitHub platform, shared VMs
/// for untrusted jobs, settings a fleeting plugin needs or does not read.
/// </summary>
public static class AutoscalerChecks
{
    /// <summary>Reports each problem at its key.</summary>
    public static void Check(Preset preset, YMapping root, DiagnosticBag diagnostics)
    {
        if (preset.Executor != Executor.DockerAutoscaler)
        {
            return;
        }

        var executorAt = root[PresetKeys.Executor]?.Location ?? root.Location;
        if (preset.Targets(Platform.Github))
        {
            diagnostics.Error(DiagnosticIds.ExecutorNotOnPlatform, executorAt, "docker-autoscaler is a GitLab Runner executor: GitHub Actions has no such runner, so the GitHub outputs cannot be written for it.",
                "Use platforms: [gitlab] for this preset, and for GitHub a preset with executor: kubernetes (an ephemeral Actions Runner Controller pod per job) or docker.");
        }

        var autoscaler = root.Map(PresetKeys.Runner).Map(PresetKeys.Autoscaler);
        var settings = preset.Runner.Autoscaler;
        if (preset.Trust == TrustLevel.Untrusted)
        {
            foreach (var (key, value) in new[] { (PresetKeys.CapacityPerInstance, settings.CapacityPerInstance), (PresetKeys.MaxUseCount, settings.MaxUseCount) })
            {
                if (value != 1)
                {
                    diagnostics.Error(DiagnosticIds.SharedVmUntrusted, autoscaler?[key]?.Location ?? executorAt, $"runner.autoscaler.{key} is {value}: an untrusted preset runs each job on a VM of its own that is deleted after the job (1), so nothing one fork's job leaves on a VM meets another job.",
                        $"Remove {key} (it defaults to 1), or use trust: internal for the organisation's own code.");
                }
            }
        }

        var needs = settings.Plugin switch
        {
            "googlecloud" => new[] { PresetKeys.Project, PresetKeys.Zone },
            "azure" => [PresetKeys.SubscriptionId, PresetKeys.ResourceGroup],
            _ => [],
        };
        string[] pluginKeys = [PresetKeys.Project, PresetKeys.Zone, PresetKeys.SubscriptionId, PresetKeys.ResourceGroup];
        foreach (var key in pluginKeys)
        {
            var given = autoscaler?[key] is YScalar { IsNull: false };
            if (needs.Contains(key) && !given)
            {
                diagnostics.Error(DiagnosticIds.AutoscalerPluginSettings, autoscaler?.Location ?? executorAt, $"runner.autoscaler.{key} is missing: the {settings.Plugin} fleeting plugin needs {string.Join(" and ", needs)} to find the instance group.",
                    $"Add {key} under runner.autoscaler.");
            }
            else if (!needs.Contains(key) && given)
            {
                diagnostics.Error(DiagnosticIds.AutoscalerPluginSettings, autoscaler![key]!.Location, $"runner.autoscaler.{key} is not a setting of the {settings.Plugin} fleeting plugin.",
                    key is PresetKeys.Project or PresetKeys.Zone ? "It belongs to plugin: googlecloud; remove it, or set plugin: googlecloud." : "It belongs to plugin: azure; remove it, or set plugin: azure.");
            }
        }
    }
}
