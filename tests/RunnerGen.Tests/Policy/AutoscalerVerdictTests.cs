using RunnerGen.Cli;
using RunnerGen.Generation;
using RunnerGen.Model;
using RunnerGen.Policy;
using RunnerGen.Presets;
using RunnerGen.Rendering;
using RunnerGen.Review;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Policy;

/// <summary>
/// What docker-autoscaler's single-use VMs change in the verdicts (the README's table): each changed verdict, the same
/// preset on the Docker executor for contrast, and VMs that take more than one job, which get no credit.
/// </summary>
public sealed class AutoscalerVerdictTests
{
    private static PresetVerdict Verdict(string trust, string strategy, string executor, string extra = "")
    {
        var text = $"trust: {trust}\nstrategy: {strategy}\nexecutor: {executor}\nplatforms: [gitlab]\nimage:\n  destination: registry.example.com/team/app\n{extra}";
        var set = PresetLoader.Load([(text, "presets/p.yaml", "presets/p.yaml")]);
        Assert.False(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Sorted()));
        var result = new Generator(new TemplateStore()).Render(set, []);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
        foreach (var file in result.Files)
        {
            Parsed.Back(file);
        }

        return Assert.Single(result.Verdicts);
    }

    [Theory]
    [InlineData("untrusted", "dind", "RG1001")]
    [InlineData("untrusted", "dind-rootless", "RG1001")]
    [InlineData("untrusted", "socket", "RG1003")]
    [InlineData("untrusted", "buildah", "RG1004")]
    [InlineData("untrusted", "buildkit", "RG1004")]
    [InlineData("internal", "dind", "RG1001")]
    [InlineData("internal", "socket", "RG1003")]
    [InlineData("internal", "buildkit", "RG1004")]
    public void A_risky_strategy_refused_on_a_docker_host_is_allowed_on_single_use_vms_and_still_listed(string trust, string strategy, string rule)
    {
        var onHost = Verdict(trust, strategy, "docker");
        Assert.True(onHost.Refused);
        Assert.Contains(onHost.Exceeding, f => f.Rule.Id == rule);

        var onVm = Verdict(trust, strategy, "docker-autoscaler");
        Assert.False(onVm.Refused, string.Join("; ", onVm.Exceeding.Select(f => f.What)));
        var contained = onVm.Findings.Where(f => f.Rule.Id == rule).ToList();
        Assert.NotEmpty(contained);
        Assert.All(contained, f =>
        {
            Assert.Same(AutoscalerRules.SingleUseVmRoot, f.ContainedBy);
            Assert.Equal(FindingStatus.Allowed, f.Status(onVm.Preset.Trust, onVm.Preset.AcceptRisks));
            Assert.Equal(FindingStatus.Exceeds, f.Rule.Status(onVm.Preset.Trust, onVm.Preset.AcceptRisks));
            Assert.Contains("Contained by RG1047", f.What, StringComparison.Ordinal);
        });
        var root = Assert.Single(onVm.Findings, f => f.Rule == AutoscalerRules.SingleUseVmRoot);
        Assert.Equal(FindingStatus.Allowed, root.Status(onVm.Preset.Trust, onVm.Preset.AcceptRisks));
    }

    [Theory]
    [InlineData("dind")]
    [InlineData("dind-rootless")]
    [InlineData("socket")]
    [InlineData("buildah")]
    [InlineData("buildkit")]
    public void An_untrusted_build_on_single_use_vms_gets_no_registry_credentials_and_pushes_only_to_quarantine(string strategy)
    {
        var plain = Verdict("untrusted", strategy, "docker-autoscaler");
        var quarantined = Verdict("untrusted", strategy, "docker-autoscaler", "  quarantine: registry.example.com/quarantine/app\n");

        Assert.False(plain.Refused);
        Assert.False(quarantined.Refused, string.Join("; ", quarantined.Exceeding.Select(f => f.What)));
        Assert.DoesNotContain(plain.Findings.Concat(quarantined.Findings), f => f.Rule == ThreatRules.PushCredentials);
    }

    [Fact]
    public void A_reused_fleet_is_told_that_single_use_vms_would_clear_it()
    {
        var verdict = Verdict("internal", "dind", "docker-autoscaler", "runner:\n  autoscaler:\n    maxUseCount: 10\n");

        Assert.Contains("capacityPerInstance: 1 and maxUseCount: 1", verdict.Alternatives(), StringComparison.Ordinal);
    }

    [Fact]
    public void Kaniko_on_single_use_vms_has_nothing_to_contain()
    {
        var verdict = Verdict("untrusted", "kaniko", "docker-autoscaler");

        Assert.False(verdict.Refused);
        Assert.DoesNotContain(verdict.Findings, f => f.Rule == AutoscalerRules.SingleUseVmRoot || f.ContainedBy is not null);
    }

    [Fact]
    public void An_internal_fleet_whose_vms_take_more_than_one_job_gets_no_credit()
    {
        var verdict = Verdict("internal", "dind", "docker-autoscaler", "runner:\n  autoscaler:\n    maxUseCount: 10\n");

        Assert.True(verdict.Refused);
        Assert.Contains(verdict.Exceeding, f => f.Rule == Rules.Privileged && f.ContainedBy is null);
        var reused = Assert.Single(verdict.Findings, f => f.Rule == AutoscalerRules.VmReused);
        Assert.Equal(FindingStatus.Allowed, reused.Status(TrustLevel.Internal, []));
        Assert.Contains("max_use_count = 10", reused.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepting_the_risk_clears_the_reused_fleet_at_internal_as_on_any_docker_host()
    {
        var verdict = Verdict("internal", "dind", "docker-autoscaler", "acceptRisks: [privileged]\nrunner:\n  autoscaler:\n    capacityPerInstance: 2\n");

        Assert.False(verdict.Refused);
        Assert.Contains(verdict.Findings, f => f.Rule == AutoscalerRules.VmReused && f.What.Contains("capacity_per_instance = 2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_contained_privileged_finding_still_raises_risk_in_a_review()
    {
        var verdict = Verdict("untrusted", "dind", "docker-autoscaler");
        var privileged = verdict.Findings.First(f => f.Rule == Rules.Privileged);

        Assert.True(ReviewReport.RaisesRisk(privileged, verdict.Preset));
        Assert.False(ReviewReport.RaisesRisk(verdict.Findings.Single(f => f.Rule == AutoscalerRules.SingleUseVmRoot), verdict.Preset));
    }

    [Fact]
    public void Explain_says_what_the_single_use_vms_change_and_what_root_on_the_vm_still_reaches()
    {
        using var dir = new TempDir();
        dir.Write("presets/fleet.yaml", "trust: untrusted\nstrategy: dind\nexecutor: docker-autoscaler\nplatforms: [gitlab]\nimage:\n  destination: registry.example.com/team/app\n");

        var run = CliRun.In(dir.Path, "explain", "fleet");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("VMs         Each job runs on a VM of its own that is deleted after it", run.Out, StringComparison.Ordinal);
        Assert.Contains("every strategy is allowed at every trust level without accepting a risk", run.Out, StringComparison.Ordinal);
        Assert.Contains("metadata service", run.Out, StringComparison.Ordinal);
        Assert.Contains("RG1047 root-on-single-use-vm", run.Out, StringComparison.Ordinal);
        Assert.Contains("Verdict     allowed", run.Out, StringComparison.Ordinal);

        var json = CliRun.In(dir.Path, "explain", "fleet", "--format", "json");
        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        Assert.Equal(3, document.RootElement.GetProperty("vmIsolation").GetArrayLength());
        Assert.Equal("allowed", document.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public void Audit_credits_a_hand_written_single_use_fleet_and_flags_a_reused_one()
    {
        using var dir = new TempDir();
        const string Fleet = "[[runners]]\n  executor = \"docker-autoscaler\"\n  [runners.docker]\n    image = \"docker:cli\"\n    allowed_images = [\"docker:cli\"]\n    privileged = true\n    allowed_privileged_images = [\"docker:dind\"]\n  [runners.autoscaler]\n    plugin = \"aws\"\n    capacity_per_instance = 1\n    max_use_count = USES\n";
        dir.Write("single.toml", Fleet.Replace("USES", "1", StringComparison.Ordinal));
        dir.Write("reused.toml", Fleet.Replace("USES", "0", StringComparison.Ordinal));
        dir.Write("bare.toml", "[[runners]]\n  executor = \"docker-autoscaler\"\n  [runners.docker]\n    image = \"docker:cli\"\n    allowed_images = [\"docker:cli\"]\n");

        var single = CliRun.In(dir.Path, "audit", "single.toml", "--trust", "untrusted");
        Assert.Equal(ExitCodes.Success, single.ExitCode);
        Assert.Contains("single.toml(6,18): warning RG1001 privileged-container", single.Out, StringComparison.Ordinal);
        Assert.Contains("warning RG1047 root-on-single-use-vm", single.Out, StringComparison.Ordinal);

        var reused = CliRun.In(dir.Path, "audit", "reused.toml", "--trust", "untrusted");
        Assert.Equal(ExitCodes.Refused, reused.ExitCode);
        Assert.Contains("reused.toml(6,18): error RG1001 privileged-container", reused.Out, StringComparison.Ordinal);
        Assert.Contains("reused.toml(11,21): error RG1046 reused-vm", reused.Out, StringComparison.Ordinal);

        var bare = CliRun.In(dir.Path, "audit", "bare.toml", "--trust", "untrusted");
        Assert.Equal(ExitCodes.Refused, bare.ExitCode);
        Assert.Contains("error RG1046 reused-vm: executor = \"docker-autoscaler\" without a [runners.autoscaler] table", bare.Out, StringComparison.Ordinal);
    }
}
