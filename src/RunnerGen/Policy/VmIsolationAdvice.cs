using RunnerGen.Model;

namespace RunnerGen.Policy;

/// <summary>
/// What <c>explain</c> says about the VMs of a docker-autoscaler preset: whether the policy credits them as single-use
/// (<see cref="AutoscalerRules"/>), what that changes in the verdict, and what root on the VM still reaches.
/// </summary>
public static class VmIsolationAdvice
{
    /// <summary>The lines for <paramref name="preset"/>; none unless it runs on docker-autoscaler.</summary>
    public static IReadOnlyList<string> Lines(Preset preset)
    {
        if (preset.Executor != Executor.DockerAutoscaler)
        {
            return [];
        }

        var a = preset.Runner.Autoscaler;
        if (!preset.SingleUseVm)
        {
            return
            [
                $"VMs take more than one job (capacity_per_instance = {a.CapacityPerInstance}, max_use_count = {a.MaxUseCount}): no VM isolation is credited (RG1046); privileged, socket, host-path, unconfined and capability findings count as on any Docker host.",
            ];
        }

        return
        [
            "Each job runs on a VM of its own that is deleted after it (capacity_per_instance = 1, max_use_count = 1).",
            "The policy credits that (RG1047): a privileged container, the VM's Docker socket, a host path, an unconfined profile, an added capability, a host namespace or device reaches only this job's VM, so every strategy is allowed at every trust level without accepting a risk; the findings stay listed with their rules.",
            "What root on the VM still reaches, and must be closed outside it: the metadata service and the instance's cloud identity (give the instance group none), its user data (no secrets there), and the VM's network (cloud firewall rules, not rules inside the VM).",
        ];
    }
}
