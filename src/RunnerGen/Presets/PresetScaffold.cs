using System.Reflection;
using System.Text;
using RunnerGen.Diagnostics;
using RunnerGen.Formats;
using RunnerGen.Model;
using RunnerGen.Yaml;

namespace RunnerGen.Presets;

/// <summary>
/// Writes a new preset for <c>runnergen new</c> from the chosen strategy's descriptor and the documented defaults.
/// The built-in presets (embedded from the repository's <c>presets/</c> folder) are examples, not inputs.
/// </summary>
public static class PresetScaffold
{
    /// <summary>The built-in presets, parsed from the assembly.</summary>
    public static PresetSet BuiltIn()
    {
        var assembly = typeof(PresetScaffold).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("presets/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (Read(assembly, n), n, n))
            .ToList();
        return PresetLoader.Load(files);
    }

    /// <summary>The name <c>new</c> uses when none is given: <c>TRUST-STRATEGY</c>.</summary>
    public static string DefaultName(TrustLevel trust, StrategyId strategy) => $"{trust.Id()}-{strategy.Value}";

    /// <summary>
    /// The trust level <c>new</c> picks when none is given: untrusted for a strategy that needs no risk, trusted for
    /// one that does (internal presets must accept risks by name, which <c>new</c> never does on its own).
    /// </summary>
    public static TrustLevel DefaultTrust(StrategyDefinition strategy) => strategy.Risks.Count == 0 ? TrustLevel.Untrusted : TrustLevel.Trusted;

    /// <summary>
    /// Creates the preset from the strategy's descriptor and the documented defaults (no built-in preset needed):
    /// <paramref name="trust"/> defaults to <see cref="DefaultTrust"/>, <paramref name="executor"/> to kubernetes and
    /// <paramref name="platforms"/> to both (GitLab alone on docker-autoscaler, a GitLab Runner executor). It accepts
    /// exactly the risks given: never one on the user's behalf.
    /// </summary>
    public static Preset Create(string? name, StrategyDefinition strategy, TrustLevel? trust, Executor? executor, IReadOnlyList<Platform>? platforms, IReadOnlyList<RiskId>? acceptRisks = null)
    {
        var level = trust ?? DefaultTrust(strategy);
        var finalName = name ?? DefaultName(level, strategy.Strategy);
        var text = new StringBuilder();
        text.Append("trust: ").Append(level.Id()).Append('\n');
        text.Append("strategy: ").Append(strategy.Id).Append('\n');
        text.Append("executor: ").Append((executor ?? Executor.Kubernetes).Id()).Append('\n');
        text.Append("image:\n  destination: registry.example.com/ci/app\n");
        var root = (YMapping)YamlDocumentLoader.Load(text.ToString(), "new", new DiagnosticBag())!;
        var preset = PresetBinder.Bind(finalName, $"presets/{finalName}.yaml", root);
        return preset with
        {
            Description = $"{level.Id()} pipelines build with {strategy.Id}.",
            Platforms = platforms is { Count: > 0 } ? platforms : preset.Executor == Executor.DockerAutoscaler ? [Platform.Gitlab] : preset.Platforms,
            AcceptRisks = acceptRisks ?? [],
        };
    }

    /// <summary>The preset as YAML: the keys people usually change; everything else keeps its documented default.</summary>
    public static string ToYaml(Preset preset, string schemaReference)
    {
        var s = new StringBuilder();
        s.Append("# yaml-language-server: $schema=").Append(schemaReference).Append('\n');
        s.Append("# Created by `runnergen new`. Edit it, then run `runnergen generate`; see the README for every key.\n");
        s.Append("name: ").Append(preset.Name).Append('\n');
        s.Append("description: ").Append(YamlEmitter.String(preset.Description)).Append('\n');
        s.Append("trust: ").Append(preset.Trust.Id()).Append('\n');
        s.Append("strategy: ").Append(preset.Strategy.Value).Append('\n');
        s.Append("executor: ").Append(preset.Executor.Id()).Append('\n');
        s.Append("platforms: [").Append(string.Join(", ", preset.Platforms.Select(p => p.Id()))).Append("]\n");
        if (preset.AcceptRisks.Count > 0)
        {
            s.Append("# Accepted with `runnergen new --accept-risk`; runnergen explain ").Append(preset.Name).Append(" says what they mean.\n");
            s.Append("acceptRisks: [").Append(string.Join(", ", preset.AcceptRisks.Select(r => r.Id()))).Append("]\n");
        }

        s.Append("image:\n");
        s.Append("  destination: ").Append(YamlEmitter.String(preset.Image.Destination)).Append('\n');
        s.Append("runner:\n");
        s.Append("  tags: ").Append(YamlEmitter.Array(preset.Runner.Tags)).Append('\n');
        s.Append("  concurrency: ").Append(preset.Runner.Concurrency).Append('\n');
        if (preset.Executor == Executor.DockerAutoscaler)
        {
            // The fleet the runner scales: name your own instance group here (see runner.autoscaler in the README).
            var autoscaler = preset.Runner.Autoscaler;
            s.Append("  autoscaler:\n");
            s.Append("    plugin: ").Append(autoscaler.Plugin).Append('\n');
            s.Append("    instanceGroup: ").Append(YamlEmitter.String(autoscaler.InstanceGroup)).Append('\n');
            s.Append("    capacityPerInstance: ").Append(autoscaler.CapacityPerInstance).Append('\n');
            s.Append("    maxUseCount: ").Append(autoscaler.MaxUseCount).Append('\n');
        }

        if (preset.Targets(Platform.Github) || preset.Executor != Executor.DockerAutoscaler)
        {
            s.Append("github:\n");
            s.Append("  configUrl: ").Append(YamlEmitter.String(preset.Github.ConfigUrl)).Append('\n');
        }

        return s.ToString();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
