using RunnerGen.Model;
using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>
/// The config.toml rules, run runner by runner, and what the docker-autoscaler executor changes in them. A runner whose
/// VMs take one job each and are deleted after it (<c>capacity_per_instance = 1</c>, <c>max_use_count = 1</c>) is
/// credited: what a privileged container, the Docker socket, a host path, an unconfined profile, an added capability,
/// a host namespace or a host device reaches there is that job's own VM. Those findings stay (with their rule and
/// risk) but are contained by <see cref="SingleUseVmRoot"/>, which every level may have and which says what root on the
/// VM still reaches. A runner whose VMs take more jobs gets no credit, and <see cref="VmReused"/>.
/// </summary>
public static class AutoscalerRules
{
    /// <summary>docker-autoscaler VMs that take more than one job, at once or in turn.</summary>
    public static readonly Rule VmReused = new("RG1046", "reused-vm", FindingSeverity.Medium, null, [TrustLevel.Internal, TrustLevel.Trusted],
        "a docker-autoscaler VM that takes more than one job (capacity_per_instance above 1, or max_use_count other than 1) keeps what a job leaves on it, its images, volumes and anything a container escape changed, for the jobs after it, and jobs that share it share its Docker daemon.",
        "Set capacity_per_instance = 1 and max_use_count = 1 (runner.autoscaler: the defaults): every job gets a fresh VM that is deleted after it.");

    /// <summary>Root on a VM that takes one job and is deleted after it: contained, reported at every level.</summary>
    public static readonly Rule SingleUseVmRoot = new("RG1047", "root-on-single-use-vm", FindingSeverity.Medium, null, [TrustLevel.Untrusted, TrustLevel.Internal, TrustLevel.Trusted],
        "a job here can become root on its VM (a privileged container, the VM's Docker socket, a host path, an unconfined profile, an added capability, a host namespace or device). The VM takes only that job and is deleted after it, so no other job, and no later one, is reached; but root on the VM reaches what the VM reaches: the cloud metadata service and the instance's identity (an AWS instance role, a Google service account, an Azure managed identity) with its credentials, the VM's user data, and the VM's network, whatever firewall the VM itself sets up.",
        "Give the instance group no cloud identity (or one that can do nothing), keep secrets out of its user data, and limit the VMs' network with the cloud's firewall rules (security groups, VPC firewall, network security groups), which a job cannot change from inside the VM.");

    private static readonly Rule[] Contained =
    [
        Rules.Privileged, Rules.UnscopedPrivileged, Rules.HostPath, Rules.Unconfined, Rules.AddedCapabilities, Rules.PodSecurityBaseline, AuditRules.HostDevices,
    ];

    /// <summary>The rules of this file.</summary>
    public static readonly IReadOnlyList<Rule> All = [VmReused, SingleUseVmRoot];

    /// <summary>
    /// Runs <see cref="ConfigTomlRules"/> and <see cref="RunnerHostRules"/> on every runner of <paramref name="root"/>
    /// (already through <see cref="RunnerHostRules.AsRunnerList"/>) and adds this file's findings.
    /// </summary>
    public static void Check(YMapping root, List<Finding> findings)
    {
        foreach (var runner in root.Items("runners").OfType<YMapping>())
        {
            var one = new YMapping(root.Location, [new YEntry("runners", runner.Location, new YSequence(runner.Location, [runner]))]);
            var found = new List<Finding>();
            ConfigTomlRules.Check(one, found);
            RunnerHostRules.Check(one, found);
            if (runner.Scalar("executor") is { Value: "docker-autoscaler" } executor)
            {
                Autoscaler(runner, executor, found);
            }

            findings.AddRange(found);
        }
    }

    private static void Autoscaler(YMapping runner, YScalar executor, List<Finding> found)
    {
        var autoscaler = runner.Map("autoscaler");
        var capacity = autoscaler.Number("capacity_per_instance");
        var uses = autoscaler.Number("max_use_count");
        if (capacity is not 1 || uses is not 1)
        {
            var at = (capacity is not 1 ? autoscaler.Scalar("capacity_per_instance") : autoscaler.Scalar("max_use_count"))?.Location ?? autoscaler?.Location ?? executor.Location;
            var what = autoscaler is null
                ? "executor = \"docker-autoscaler\" without a [runners.autoscaler] table: nothing says a VM takes one job."
                : $"[runners.autoscaler] capacity_per_instance = {Show(capacity)}, max_use_count = {Show(uses)}: a VM takes more than one job.";
            found.Add(new Finding(VmReused, at, what));
            return;
        }

        var contained = 0;
        for (var i = 0; i < found.Count; i++)
        {
            if (Contained.Contains(found[i].Rule) && found[i].ContainedBy is null)
            {
                found[i] = found[i] with { ContainedBy = SingleUseVmRoot, What = $"{found[i].What} (Contained by RG1047: the VM takes this one job and is deleted after it.)" };
                contained++;
            }
        }

        if (contained > 0)
        {
            found.Add(new Finding(SingleUseVmRoot, autoscaler.Scalar("max_use_count")!.Location, $"jobs of this runner can become root on their VM ({contained} finding(s) above); capacity_per_instance = 1 and max_use_count = 1 give each job a VM of its own that is deleted after it."));
        }
    }

    private static string Show(long? value) => value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "(not set)";
}
