using RunnerGen.Cli;
using RunnerGen.Generation;
using RunnerGen.Model;
using RunnerGen.Policy;
using RunnerGen.Presets;
using RunnerGen.Rendering;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Policy;

/// <summary>Every combination of trust level, strategy and executor either renders within its ceiling or is refused.</summary>
public sealed class TrustCeilingTests
{
    public static TheoryData<string, string, string, bool> Combinations()
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (var trust in EnumIds.Words<TrustLevel>())
        {
            foreach (var strategy in StrategyCatalog.BuiltIn.Ids)
            {
                foreach (var executor in EnumIds.Words<Executor>())
                {
                    data.Add(trust, strategy, executor, false);
                    if (trust == "internal")
                    {
                        data.Add(trust, strategy, executor, true);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Renders_within_the_ceiling_or_is_refused_with_the_reason(string trust, string strategy, string executor, bool acceptStrategyRisks)
    {
        var definition = StrategyCatalog.BuiltIn.Get(new StrategyId(strategy));
        var accept = acceptStrategyRisks && definition.Risks.Count > 0 ? $"acceptRisks: [{string.Join(", ", definition.Risks.Select(r => r.Id()))}]\n" : string.Empty;
        var platforms = executor == "docker-autoscaler" ? "platforms: [gitlab]\n" : string.Empty; // a GitLab Runner executor only
        var text = $"trust: {trust}\nstrategy: {strategy}\nexecutor: {executor}\n{platforms}{accept}image:\n  destination: registry.example.com/team/app\n";
        var set = PresetLoader.Load([(text, "presets/p.yaml", "presets/p.yaml")]);
        Assert.False(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Sorted()));

        var result = new Generator(new TemplateStore()).Render(set, []);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
        var verdict = Assert.Single(result.Verdicts);
        var preset = verdict.Preset;
        foreach (var file in result.Files)
        {
            Parsed.Back(file);
        }

        // GitHub on a Docker host adds the runner's host socket (and, for untrusted, the fork-controlled workflow):
        // ThreatModelTests has the hand-written verdicts of those rules.
        var githubHostRefuses = executor == "docker" && preset.Trust != TrustLevel.Trusted && !(preset.Trust == TrustLevel.Internal && preset.AcceptRisks.Contains(RiskId.HostSocket));
        var expectedRefused = !definition.FitsTrust(preset.Trust, preset.AcceptRisks, preset.SingleUseVm) || githubHostRefuses;
        Assert.True(expectedRefused == verdict.Refused, $"{trust}/{strategy}/{executor}: expected refused={expectedRefused}; exceeding: {string.Join("; ", verdict.Exceeding.Select(f => $"{f.Rule.Name} {f.Location}: {f.What}"))}");
        if (verdict.Refused)
        {
            Assert.All(verdict.Exceeding.Where(f => f.Rule.Id is not ("RG1015" or "RG1016" or "RG1017")), f => Assert.Contains(f.Rule.Risk!.Value, definition.Risks));
            Assert.Contains(definition.FitsTrust(preset.Trust, preset.AcceptRisks) ? "executor: kubernetes" : "kaniko", verdict.Alternatives(), StringComparison.Ordinal);
        }
        else
        {
            Assert.All(verdict.Pods, p => Assert.True(p.Result.Level >= (preset.Trust == TrustLevel.Untrusted ? PodSecurityLevel.Baseline : PodSecurityLevel.Privileged)));
        }

        if (definition.Risks.Count > 0)
        {
            Assert.Contains(verdict.Findings, f => f.Rule.Risk is { } r && definition.Risks.Contains(r));
        }

        // On docker-autoscaler's single-use VMs every risky finding is contained, and RG1047 says what remains.
        if (preset.SingleUseVm)
        {
            Assert.All(verdict.Findings.Where(f => f.Rule.Risk is not null), f => Assert.Same(AutoscalerRules.SingleUseVmRoot, f.ContainedBy));
            Assert.Equal(definition.Risks.Count > 0, verdict.Findings.Any(f => f.Rule == AutoscalerRules.SingleUseVmRoot));
        }
    }

    [Fact]
    public void A_custom_template_that_turns_on_privileged_for_an_untrusted_preset_is_refused()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();
        var builtIn = File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "strategies", "kaniko", "runner-kubernetes.sbn"));
        dir.Write("templates/strategies/kaniko/runner-kubernetes.sbn", builtIn.Replace("privileged = false\n", "privileged = true\n", StringComparison.Ordinal));

        var run = CliRun.In(dir.Path, "generate", "untrusted-kaniko");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Matches(@"generated/untrusted-kaniko/gitlab/config\.toml\(\d+,\d+\): error RG1001 privileged-container: \[runners\.kubernetes\] privileged = true", run.Error);
        Assert.Contains("why: --privileged turns off most container isolation", run.Error, StringComparison.Ordinal);
        Assert.Contains("refused preset 'untrusted-kaniko' (presets/untrusted-kaniko.yaml)", run.Error, StringComparison.Ordinal);
        Assert.Contains("Strategies that meet 'untrusted': kaniko.", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "generated")));
    }

    [Fact]
    public void An_internal_preset_that_does_not_accept_its_risk_is_told_how_to()
    {
        using var dir = new TempDir();
        dir.Write("presets/team.yaml", "trust: internal\nstrategy: buildkit\nimage:\n  destination: registry.example.com/team/app\n");

        var run = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("error RG1004 unconfined-profile", run.Error, StringComparison.Ordinal);
        Assert.Contains("or accept the risk by name in the preset: acceptRisks: [unconfined].", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Trusted_presets_still_report_their_findings()
    {
        var verdict = BuiltIn.Result.Verdicts.Single(v => v.Preset.Name == "trusted-dind");

        Assert.False(verdict.Refused);
        Assert.Contains(verdict.Findings, f => f.Rule == Rules.Privileged);
        Assert.Contains(verdict.Pods, p => p.Result.Level == PodSecurityLevel.Privileged);
    }
}
