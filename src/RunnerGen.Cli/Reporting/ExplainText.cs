using RunnerGen.Policy;
using RunnerGen.Presets;
using RunnerGen.Model;

namespace RunnerGen.Cli.Reporting;

/// <summary><c>explain --format text</c>: the explanation as aligned text.</summary>
public static class ExplainText
{
    /// <summary>The explanation as aligned text.</summary>
    public static string Write(PresetVerdict verdict)
    {
        var preset = verdict.Preset;
        var definition = StrategyCatalog.Current.Get(preset.Strategy);
        var w = new StringWriter { NewLine = "\n" };
        w.WriteLine($"Preset      {preset.Name} ({preset.SourceFile})");
        w.WriteLine($"Trust       {preset.Trust.Id()}");
        w.WriteLine($"Strategy    {definition.Id}: {definition.Summary}");
        w.WriteLine($"Executor    {preset.Executor.Id()}; platforms: {string.Join(", ", preset.Platforms.Select(p => p.Id()))}");
        w.WriteLine($"Outputs     {string.Join(", ", Outputs(preset))}");
        Section(w, "Build", BuildFeatureAdvice.Lines(preset, definition));

        var requires = ExplainText.Requires(verdict);
        w.WriteLine($"Requires    {(requires.Count == 0 ? "no privilege, no host socket, nothing unconfined" : string.Join(", ", requires.Select(r => r.Id())))}");
        w.WriteLine($"Accepts     {(preset.AcceptRisks.Count == 0 ? "nothing" : string.Join(", ", preset.AcceptRisks.Select(r => r.Id())))}");
        foreach (var risk in requires)
        {
            w.WriteLine($"            {risk.Id()}: {RiskCatalog.Why(risk)}");
        }

        foreach (var (label, text) in ExplainSettings.Lines(preset))
        {
            w.WriteLine($"{label,-11} {text}");
        }

        Section(w, "VMs", VmIsolationAdvice.Lines(preset));

        w.WriteLine();
        w.WriteLine("Pod Security levels");
        if (verdict.Pods.Count == 0)
        {
            w.WriteLine(preset.Executor == Executor.DockerAutoscaler ? "  (no pods: docker-autoscaler executor, a VM per job)" : "  (no pods: Docker executor)");
        }

        Table(w, ["POD", "LEVEL", "WHERE"], verdict.Pods.Select(p => new[] { p.Name, p.Result.Level.ToString().ToLowerInvariant(), p.Location.ToString() }));

        w.WriteLine();
        w.WriteLine("Findings");
        if (verdict.Findings.Count == 0)
        {
            w.WriteLine("  (none)");
        }

        Table(w, ["SEVERITY", "RULE", "STATUS", "WHERE", "WHAT"], verdict.Findings.Select(f => new[]
        {
            f.Rule.Severity.ToString().ToLowerInvariant(), $"{f.Rule.Id} {f.Rule.Name}", f.Status(preset.Trust, preset.AcceptRisks).ToString().ToLowerInvariant(), f.Location.ToString(), f.What,
        }));

        w.WriteLine();
        w.WriteLine(verdict.Refused
            ? $"Verdict     refused: {verdict.Exceeding.Count} finding(s) exceed what {preset.Trust.Id()} pipelines may have."
            : $"Verdict     allowed: every finding is within what {preset.Trust.Id()} pipelines may have.");
        if (verdict.Refused)
        {
            w.WriteLine($"Instead     {verdict.Alternatives()}");
        }
        else if (requires.Count > 0)
        {
            w.WriteLine($"Safer       strategies without these risks: {string.Join(", ", StrategyCatalog.Current.SafeAt(TrustLevel.Untrusted).Select(s => s.Id))}.");
        }

        var successors = SuccessorAdvice.Lines(definition, preset.Trust, preset.AcceptRisks, StrategyCatalog.Current);
        if (successors.Count > 0)
        {
            w.WriteLine($"Successors  maintained strategies that replace {definition.Id} (runnergen never switches a preset to one):");
            foreach (var line in successors)
            {
                w.WriteLine($"            {line}");
            }
        }

        Section(w, "Isolation", IsolationAdvice.Lines(preset));

        Section(w, "Signing", SupplyChainAdvice.Signing(preset));
        Section(w, "Mirror", SupplyChainAdvice.Mirror(preset));
        return w.ToString();
    }

    /// <summary>The files the preset gets, below its output folder, in the order they are rendered.</summary>
    public static IReadOnlyList<string> Outputs(Preset preset) => [.. RunnerGen.Rendering.OutputCatalog.For(preset).Select(o => o.RelativePath)];

    /// <summary>
    /// The risks the preset's rendered files carry: the strategy's own, and those of where it runs (on a GitHub Docker
    /// host, the runner mounts the host's Docker socket into job containers).
    /// </summary>
    public static IReadOnlyList<RiskId> Requires(PresetVerdict verdict) =>
        [.. StrategyCatalog.Current.Get(verdict.Preset.Strategy).Risks.Concat(verdict.Findings.Select(f => f.Rule.Risk).OfType<RiskId>()).Distinct().Order()];

    private static void Section(TextWriter w, string title, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            w.WriteLine($"{(i == 0 ? title.PadRight(12) : new string(' ', 12))}{lines[i]}");
        }
    }

    private static void Table(TextWriter w, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.ToList();
        if (all.Count == 0)
        {
            return;
        }

        var widths = header.Select((h, i) => Math.Max(h.Length, all.Max(r => r[i].Length))).ToArray();
        w.WriteLine("  " + string.Join("  ", header.Select((h, i) => i == header.Length - 1 ? h : h.PadRight(widths[i]))));
        foreach (var row in all)
        {
            w.WriteLine("  " + string.Join("  ", row.Select((c, i) => i == row.Length - 1 ? c : c.PadRight(widths[i]))));
        }
    }
}
