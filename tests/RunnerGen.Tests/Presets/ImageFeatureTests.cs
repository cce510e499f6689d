using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Presets;

namespace RunnerGen.Tests.Presets;

/// <summary>
/// <c>image.platforms</c>, <c>image.sbom</c> and <c>image.provenance</c>: their form, their defaults, and the refusal of a
/// strategy that cannot honour them (never a key that renders as if it were not there).
/// </summary>
public sealed class ImageFeatureTests
{
    private static string Preset(string strategy, string image, string trust = "trusted") =>
        $"trust: {trust}\nstrategy: {strategy}\nimage:\n  destination: registry.example.com/team/app\n{image}";

    [Fact]
    public void Platforms_keep_the_preset_order_and_attestations_bind()
    {
        var preset = Assert.Single(Load(Preset("buildkit", "  platforms: [linux/arm64, linux/amd64, linux/arm/v7]\n  sbom: true\n  provenance: true\n")).Presets);

        Assert.Equal(["linux/arm64", "linux/amd64", "linux/arm/v7"], preset.Image.Platforms);
        Assert.True(preset.Image.Sbom);
        Assert.True(preset.Image.Provenance);
    }

    [Fact]
    public void Without_the_keys_the_builder_builds_its_own_platform_and_attaches_nothing()
    {
        var preset = Assert.Single(Load(Preset("buildkit", string.Empty)).Presets);

        Assert.Empty(preset.Image.Platforms);
        Assert.False(preset.Image.Sbom);
        Assert.False(preset.Image.Provenance);
    }

    [Theory]
    [InlineData("[linux]", "(5,15): error RG0006: invalid value 'linux' for image.platforms[0]: expected os/arch[/variant]")]
    [InlineData("[linux/arm/v7/x]", "(5,15): error RG0006: invalid value 'linux/arm/v7/x' for image.platforms[0]")]
    [InlineData("[Linux/AMD64]", "(5,15): error RG0006: invalid value 'Linux/AMD64' for image.platforms[0]")]
    [InlineData("[\"linux/amd64,linux/arm64\"]", "(5,15): error RG0006: invalid value 'linux/amd64,linux/arm64' for image.platforms[0]")]
    [InlineData("[\"linux/$(id)\"]", "(5,15): error RG0006: invalid value 'linux/$(id)' for image.platforms[0]")]
    [InlineData("[linux/amd64, linux/arm64, linux/amd64]", "(5,41): error RG0006: image.platforms lists 'linux/amd64' twice.")]
    [InlineData("[]", "(5,14): error RG0006: image.platforms needs at least 1 item(s).")]
    [InlineData("linux/amd64", "(5,14): error RG0003: image.platforms must be a list; found a scalar.")]
    public void A_platform_not_of_the_form_os_arch_variant_or_listed_twice_is_refused(string platforms, string expected)
    {
        var set = Load(Preset("buildkit", $"  platforms: {platforms}\n"));

        Assert.Empty(set.Presets);
        Assert.Contains(set.Diagnostics.Sorted(), d => d.ToString().StartsWith("presets/p.yaml" + expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Kaniko_refuses_platforms_and_names_the_strategies_that_build_them()
    {
        var set = Load(Preset("kaniko", "  platforms: [linux/amd64, linux/arm64]\n", trust: "untrusted"));

        Assert.Empty(set.Presets);
        var error = Assert.Single(set.Diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.PlatformsUnsupported, error.Id);
        Assert.StartsWith("presets/p.yaml(5,3): error RG0255: strategy 'kaniko' cannot build for image.platforms: it builds only for the platform of the machine it runs on and cannot make a multi-platform image (a manifest list).", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("Use a strategy that can: dind, dind-rootless, socket, buildah, buildkit; or remove image.platforms.", error.Suggestion);
    }

    [Theory]
    [InlineData("kaniko", "sbom", "RG0256", "dind, dind-rootless, socket, buildkit")]
    [InlineData("kaniko", "provenance", "RG0257", "dind, dind-rootless, socket, buildkit")]
    [InlineData("buildah", "sbom", "RG0256", "dind, dind-rootless, socket, buildkit")]
    [InlineData("buildah", "provenance", "RG0257", "dind, dind-rootless, socket, buildkit")]
    public void A_strategy_without_attestations_refuses_them(string strategy, string key, string id, string able)
    {
        var set = Load(Preset(strategy, $"  {key}: true\n"));

        Assert.Empty(set.Presets);
        var error = Assert.Single(set.Diagnostics.Sorted());
        Assert.Equal(id, error.Id);
        Assert.StartsWith($"presets/p.yaml(5,3): error {id}: strategy '{strategy}' cannot attach", error.ToString(), StringComparison.Ordinal);
        Assert.Equal($"Use a strategy that can: {able}; or remove image.{key}.", error.Suggestion);
    }

    [Theory]
    [InlineData("buildkit", true, true, true)]
    [InlineData("buildah", true, false, false)]
    [InlineData("dind", true, true, true)]
    [InlineData("dind-rootless", true, true, true)]
    [InlineData("socket", true, true, true)]
    [InlineData("kaniko", false, false, false)]
    public void The_built_in_strategies_declare_what_they_build(string strategy, bool platforms, bool sbom, bool provenance)
    {
        var features = StrategyCatalog.BuiltIn.Find(strategy)!.Features;

        Assert.Equal(platforms, features.Contains(StrategyFeatures.Platforms));
        Assert.Equal(sbom, features.Contains(StrategyFeatures.Sbom));
        Assert.Equal(provenance, features.Contains(StrategyFeatures.Provenance));
    }

    [Fact]
    public void False_attestations_are_accepted_by_every_strategy()
    {
        var set = Load(Preset("kaniko", "  sbom: false\n  provenance: false\n", trust: "untrusted"));

        Assert.Single(set.Presets);
    }

    [Fact]
    public void A_descriptor_with_an_unknown_feature_is_an_error()
    {
        var diagnostics = new DiagnosticBag();
        StrategyCatalogLoader.Load([new StrategyDescriptorFile("odd", "summary: x\nrisks: []\nbestPodSecurity: baseline\narcMode: template\nimages:\n  job: dockerCli\nfeatures: [platforms, signing]\n", "t/strategy.yaml")], diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.StartsWith("t/strategy.yaml(7,23): error RG0100: unknown feature 'signing': expected one of platforms, sbom, provenance.", error.ToString(), StringComparison.Ordinal);
    }

    private static PresetSet Load(string text) =>
        PresetLoader.Load([(text, "presets/p.yaml", "presets/p.yaml")]);
}
