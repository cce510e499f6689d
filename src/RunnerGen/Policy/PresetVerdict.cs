using RunnerGen.Model;

namespace RunnerGen.Policy;

/// <summary>The policy's verdict on one preset's rendered files, against the preset's trust ceiling.</summary>
public sealed record PresetVerdict(Preset Preset, IReadOnlyList<FileReport> Reports)
{
    /// <summary>Every finding, in file order.</summary>
    public IReadOnlyList<Finding> Findings => [.. Reports.SelectMany(r => r.Findings)];

    /// <summary>Findings the preset's trust level (and accepted risks) does not allow.</summary>
    public IReadOnlyList<Finding> Exceeding => [.. Findings.Where(f => f.Status(Preset.Trust, Preset.AcceptRisks) == FindingStatus.Exceeds)];

    /// <summary>True when generation must refuse this preset.</summary>
    public bool Refused => Exceeding.Count > 0;

    /// <summary>Every pod verdict.</summary>
    public IReadOnlyList<PodVerdict> Pods => [.. Reports.SelectMany(r => r.Pods)];

    /// <summary>What the preset could do instead: strategies that fit its trust level, another executor, or the risks to accept.</summary>
    public string Alternatives()
    {
        var safe = string.Join(", ", StrategyCatalog.Current.SafeAt(Preset.Trust).Select(s => s.Id));
        var acceptable = AcceptableRisks();
        var accept = Preset.Trust == TrustLevel.Internal && acceptable.Count > 0 && Exceeding.All(f => f.Rule.Risk is not null)
            ? $"accept the risk by name in the preset: acceptRisks: [{string.Join(", ", acceptable.Select(r => r.Id()))}]."
            : null;
        const string executor = "For GitHub, use executor: kubernetes: an ephemeral Actions Runner Controller pod per job, with no runner host and no host Docker socket.";
        var runnerHost = Exceeding.Where(f => f.Rule == ThreatRules.ForkOnPersistentRunner || f.Rule == ThreatRules.RunnerHostSocket).ToList();
        if (runnerHost.Count > 0 && runnerHost.Count == Exceeding.Count)
        {
            // Only where the jobs run is the problem: another strategy would not help.
            return accept is null ? executor : $"{executor} Or {accept}";
        }

        var strategies = accept is null
            ? $"Strategies that meet '{Preset.Trust.Id()}': {safe}."
            : $"Strategies that meet '{Preset.Trust.Id()}' without accepting a risk: {safe}; or {accept}";
        if (Preset.Executor == Executor.DockerAutoscaler && !Preset.SingleUseVm && Exceeding.Any(f => f.Rule.Risk is not null))
        {
            // docker-autoscaler: VMs of one job each would contain the strategy's risks (AutoscalerRules).
            strategies += " Or give each job a VM of its own: runner.autoscaler capacityPerInstance: 1 and maxUseCount: 1 (the defaults).";
        }

        return runnerHost.Count > 0 ? $"{strategies} {executor}" : strategies;
    }

    /// <summary>The risks that, accepted by name, would clear the exceeding findings of an internal preset (empty when that cannot clear them).</summary>
    public IReadOnlyList<RiskId> AcceptableRisks()
    {
        return [.. Exceeding.Select(f => f.Rule.Risk).OfType<RiskId>().Distinct().Order()];
    }
}
