namespace RunnerGen.Model;

/// <summary>
/// What a strategy's partials can build beyond a single-platform image (a descriptor's <c>features</c>): the preset keys
/// <c>image.platforms</c>, <c>image.sbom</c> and <c>image.provenance</c> are refused for a strategy that does not list them.
/// </summary>
public static class StrategyFeatures
{
    /// <summary>Builds for the platforms of <c>image.platforms</c>; two or more make a multi-platform image.</summary>
    public const string Platforms = "platforms";

    /// <summary>Attaches an SBOM attestation to the pushed image (<c>image.sbom</c>).</summary>
    public const string Sbom = "sbom";

    /// <summary>Attaches a provenance attestation to the pushed image (<c>image.provenance</c>).</summary>
    public const string Provenance = "provenance";

    /// <summary>Every feature a descriptor may list.</summary>
    public static IReadOnlyList<string> All { get; } = [Platforms, Sbom, Provenance];
}
