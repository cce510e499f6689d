using RunnerGen.Generation;
using RunnerGen.Model;
using RunnerGen.Policy;
using RunnerGen.Presets;

namespace RunnerGen.Review;

/// <summary>What changed between two renderings, and what it means for security.</summary>
public sealed record ReviewReport(IReadOnlyList<FileDiff> Files, IReadOnlyList<SecurityChange> Security, IReadOnlyList<string> Refused)
{
    /// <summary>True when any change raises risk, or a preset is refused now.</summary>
    public bool RiskIncreased => Refused.Count > 0 || Security.Any(s => s.RaisesRisk);

    /// <summary>Compares the base rendering with the current one.</summary>
    public static ReviewReport Compare(GenerationResult before, GenerationResult after)
    {
        var files = new List<FileDiff>();
        var old = before.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var now = after.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        foreach (var path in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            var a = old.GetValueOrDefault(path);
            var b = now.GetValueOrDefault(path);
            if (a != b)
            {
                files.Add(new FileDiff(path, a, b));
            }
        }

        var security = new List<SecurityChange>();
        var oldVerdicts = before.Verdicts.ToDictionary(v => v.Preset.Name, StringComparer.Ordinal);
        var newVerdicts = after.Verdicts.ToDictionary(v => v.Preset.Name, StringComparer.Ordinal);
        foreach (var name in oldVerdicts.Keys.Union(newVerdicts.Keys).Order(StringComparer.Ordinal))
        {
            oldVerdicts.TryGetValue(name, out var was);
            newVerdicts.TryGetValue(name, out var isNow);
            Preset(name, was, isNow, security);
        }

        return new ReviewReport(files, security, [.. after.Refusals.Select(r => r.Preset.Name)]);
    }

    private static void Preset(string name, PresetVerdict? was, PresetVerdict? now, List<SecurityChange> changes)
    {
        if (was is null && now is not null)
        {
            var risky = now.Findings.Any(f => RaisesRisk(f, now.Preset));
            changes.Add(new(name, $"new preset: {now.Preset.Trust.Id()} pipelines, {now.Preset.Strategy.Value} builds, {now.Findings.Count} finding(s)", risky));
        }
        else if (was is not null && now is null)
        {
            changes.Add(new(name, "preset removed: its outputs are stale", false));
            return;
        }

        if (now is null)
        {
            return;
        }

        if (was is not null)
        {
            if (was.Preset.Trust != now.Preset.Trust)
            {
                changes.Add(new(name, $"trust level {was.Preset.Trust.Id()} → {now.Preset.Trust.Id()}", now.Preset.Trust > was.Preset.Trust));
            }

            if (was.Preset.Strategy != now.Preset.Strategy)
            {
                changes.Add(new(name, $"strategy {was.Preset.Strategy.Value} → {now.Preset.Strategy.Value}", false));
            }

            foreach (var risk in now.Preset.AcceptRisks.Except(was.Preset.AcceptRisks))
            {
                changes.Add(new(name, $"accepts the risk '{risk.Id()}'", true));
            }
        }

        Switch(name, was, now, "privileged containers", f => f.Rule == Rules.Privileged, changes);
        Switch(name, was, now, "the Docker socket or a host path", f => f.Rule == Rules.HostPath || f.Rule == ThreatRules.RunnerHostSocket, changes);
        Switch(name, was, now, "unconfined seccomp/AppArmor", f => f.Rule == Rules.Unconfined, changes);

        var oldFindings = (was?.Findings ?? []).Select(Key).ToHashSet();
        var newFindings = now.Findings.Select(Key).ToHashSet();
        foreach (var finding in now.Findings.Where(f => !oldFindings.Contains(Key(f))))
        {
            changes.Add(new(name, $"finding added: {finding.Rule.Id} {finding.Rule.Name} ({finding.Rule.Severity.ToString().ToLowerInvariant()}) in {finding.Location.File}: {finding.What}", RaisesRisk(finding, now.Preset)));
        }

        foreach (var finding in (was?.Findings ?? []).Where(f => !newFindings.Contains(Key(f))))
        {
            changes.Add(new(name, $"finding removed: {finding.Rule.Id} {finding.Rule.Name} in {finding.Location.File}: {finding.What}", false));
        }

        var oldPods = (was?.Pods ?? []).GroupBy(p => (p.Location.File, p.Name)).ToDictionary(g => g.Key, g => g.First().Result.Level);
        foreach (var pod in now.Pods)
        {
            if (oldPods.TryGetValue((pod.Location.File, pod.Name), out var level) && level != pod.Result.Level)
            {
                var lower = pod.Result.Level < level;
                changes.Add(new(name, $"Pod Security level of {pod.Name} in {pod.Location.File}: {level.ToString().ToLowerInvariant()} → {pod.Result.Level.ToString().ToLowerInvariant()}", lower));
            }
        }
    }

    /// <summary>
    /// True when a finding is a real increase of risk: it exceeds the preset's trust level, it is allowed only because the
    /// preset accepts its risk, or it carries a named risk (privileged, host socket, unconfined, capabilities) of medium
    /// severity or more. Findings the trust level allows by design (a self-hosted runner for fork pull requests at
    /// untrusted, registry credentials at internal) are reported but raise nothing.
    /// </summary>
    public static bool RaisesRisk(Finding finding, Model.Preset preset) =>
        finding.Status(preset.Trust, preset.AcceptRisks) != FindingStatus.Allowed
        || (finding.Rule.Risk is not null && finding.Rule.Severity >= FindingSeverity.Medium);

    private static void Switch(string name, PresetVerdict? was, PresetVerdict now, string what, Func<Finding, bool> match, List<SecurityChange> changes)
    {
        var before = was?.Findings.Any(match) ?? false;
        var after = now.Findings.Any(match);
        if (before != after)
        {
            changes.Add(new(name, $"{what} turned {(after ? "ON" : "off")}", after));
        }
    }

    private static (string, string, string) Key(Finding finding) => (finding.Location.File, finding.Rule.Id, finding.What);
}
