using RunnerGen.Model;

namespace RunnerGen.Policy;

/// <summary>
/// What <c>explain</c> says about a preset's <c>image.platforms</c>, <c>image.sbom</c> and <c>image.provenance</c>: what the
/// build makes, and what non-native platforms need from the host (the descriptor's <c>platformsNote</c>).
/// </summary>
public static class BuildFeatureAdvice
{
    /// <summary>The lines, or none for a preset that sets none of the keys.</summary>
    public static IReadOnlyList<string> Lines(Preset preset, StrategyDefinition strategy)
    {
        var lines = new List<string>();
        var platforms = preset.Image.Platforms;
        if (platforms.Count > 0)
        {
            lines.Add(platforms.Count == 1
                ? $"an image for {platforms[0]} only."
                : $"images for {string.Join(", ", platforms)}: a multi-platform image (a manifest list).");
            lines.Add(strategy.PlatformsNote ?? "Non-native platforms run under QEMU user emulation: the host needs binfmt_misc handlers for them.");
        }

        var attestations = new List<string>();
        if (preset.Image.Sbom)
        {
            attestations.Add("an SBOM (SPDX, in-toto)");
        }

        if (preset.Image.Provenance)
        {
            attestations.Add("SLSA provenance (mode=max: it records the build arguments, so keep secrets out of them)");
        }

        if (attestations.Count > 0)
        {
            lines.Add($"attests {string.Join(" and ", attestations)}, stored with the image in the registry.");
        }

        return lines;
    }
}
