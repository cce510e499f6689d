using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Yaml;

namespace RunnerGen.Presets;

/// <summary>
/// Refuses <c>image.platforms</c>, <c>image.sbom</c> and <c>image.provenance</c> for a strategy whose descriptor does not
/// list the feature (<see cref="StrategyFeatures"/>), naming the strategies that have it: a key the partials would
/// ignore must never pass silently.
/// </summary>
public static class ImageFeatureCheck
{
    /// <summary>Reports each image key the preset's strategy cannot honour.</summary>
    public static void Check(Preset preset, YMapping root, DiagnosticBag diagnostics)
    {
        var catalog = StrategyCatalog.Current;
        var definition = catalog.Get(preset.Strategy);
        var image = root[PresetKeys.Image] as YMapping;
        if (preset.Image.Platforms.Count > 0 && !definition.Features.Contains(StrategyFeatures.Platforms))
        {
            Refuse(diagnostics, image, PresetKeys.Platforms, DiagnosticIds.PlatformsUnsupported, catalog, StrategyFeatures.Platforms,
                $"strategy '{definition.Id}' cannot build for image.platforms: it builds only for the platform of the machine it runs on and cannot make a multi-platform image (a manifest list).");
        }

        if (preset.Image.Sbom && !definition.Features.Contains(StrategyFeatures.Sbom))
        {
            Refuse(diagnostics, image, PresetKeys.Sbom, DiagnosticIds.SbomUnsupported, catalog, StrategyFeatures.Sbom,
                $"strategy '{definition.Id}' cannot attach an SBOM attestation to the image (image.sbom).");
        }

        if (preset.Image.Provenance && !definition.Features.Contains(StrategyFeatures.Provenance))
        {
            Refuse(diagnostics, image, PresetKeys.Provenance, DiagnosticIds.ProvenanceUnsupported, catalog, StrategyFeatures.Provenance,
                $"strategy '{definition.Id}' cannot attach a provenance attestation to the image (image.provenance).");
        }
    }

    private static void Refuse(DiagnosticBag diagnostics, YMapping? image, string key, string id, StrategyCatalog catalog, string feature, string message)
    {
        var able = catalog.All.Where(s => s.Features.Contains(feature)).Select(s => s.Id).ToList();
        var hint = able.Count == 0
            ? $"Remove image.{key}."
            : $"Use a strategy that can: {string.Join(", ", able)}; or remove image.{key}.";
        diagnostics.Error(id, image?.Find(key)?.KeyLocation ?? image?.Location ?? SourceLocation.InFile(string.Empty), message, hint);
    }
}
