using System.Reflection;
using System.Text;
using RunnerGen.Diagnostics;
using RunnerGen.Formats;

namespace RunnerGen.Presets;

/// <summary>
/// Writes a new preset for <c>runnergen new</c>, starting from the built-in preset of the chosen strategy
/// (embedded from the repository's <c>presets/</c> folder) and changing what the user asked for.
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
    public static string DefaultName(TrustLevel trust, BuildStrategy strategy) => $"{trust.Id()}-{strategy.Id()}";

    /// <summary>
    /// Creates the preset; <paramref name="trust"/>, <paramref name="executor"/> and <paramref name="platforms"/> default to
    /// the built-in's. It accepts exactly the risks given: never one on the user's behalf.
    /// </summary>
    public static Preset Create(string? name, BuildStrategy strategy, TrustLevel? trust, Executor? executor, IReadOnlyList<Platform>? platforms, IReadOnlyList<RiskId>? acceptRisks = null)
    {
        var builtIn = BuiltIn();
        if (builtIn.Diagnostics.HasErrors)
        {
            throw new RunnerGenException(builtIn.Diagnostics.Sorted());
        }

        var template = builtIn.Presets.First(p => p.Strategy == strategy);
        var level = trust ?? template.Trust;
        var finalName = name ?? DefaultName(level, strategy);
        var risks = acceptRisks ?? [];
        return template with
        {
            Name = finalName,
            Description = $"{level.Id()} pipelines build with {strategy.Id()}.",
            Trust = level,
            Executor = executor ?? template.Executor,
            Platforms = platforms is { Count: > 0 } ? platforms : template.Platforms,
            AcceptRisks = risks,
            Runner = template.Runner with { Tags = [finalName] },
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
        s.Append("strategy: ").Append(preset.Strategy.Id()).Append('\n');
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
        s.Append("github:\n");
        s.Append("  configUrl: ").Append(YamlEmitter.String(preset.Github.ConfigUrl)).Append('\n');
        return s.ToString();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
