using RunnerGen.Generation;
using RunnerGen.Presets;
using RunnerGen.Rendering;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Rendering;

/// <summary>
/// What image.platforms, image.sbom and image.provenance change in the build commands (the matrix golden files show
/// two platforms with attestations; these pin one platform and the parts the goldens do not isolate).
/// </summary>
public sealed class MultiPlatformRenderTests
{
    [Fact]
    public void Buildah_builds_one_platform_as_a_plain_image_and_two_as_a_manifest_list()
    {
        var one = Script(Render("buildah", "  platforms: [linux/arm64]\n"), "gitlab-ci");
        var two = Script(Render("buildah", "  platforms: [linux/arm64, linux/amd64]\n"), "gitlab-ci");

        Assert.Contains("set -- build --file \"$IMAGE_DOCKERFILE\" --platform \"$IMAGE_PLATFORMS\" --tag \"$IMAGE_DESTINATION:$CI_COMMIT_SHA\"", one, StringComparison.Ordinal);
        Assert.Contains("buildah push \"$IMAGE_DESTINATION:$CI_COMMIT_SHA\"", one, StringComparison.Ordinal);
        Assert.DoesNotContain("manifest", one, StringComparison.Ordinal);
        Assert.Contains("--platform \"$IMAGE_PLATFORMS\" --manifest \"$IMAGE_DESTINATION:$CI_COMMIT_SHA\"", two, StringComparison.Ordinal);
        Assert.Contains("buildah manifest push --all --format v2s2 \"$IMAGE_DESTINATION:$CI_COMMIT_SHA\" \"docker://$IMAGE_DESTINATION:$CI_COMMIT_SHA\"", two, StringComparison.Ordinal);
    }

    [Fact]
    public void The_platform_list_reaches_the_job_as_a_variable_in_the_preset_order()
    {
        var result = Render("buildkit", "  platforms: [linux/arm64, linux/amd64, linux/arm/v7]\n");
        var variables = (Dictionary<object, object>)((Dictionary<object, object>)Parsed.Yaml(File(result, "gitlab-ci"))[".runnergen-image"])["variables"];

        Assert.Equal("linux/arm64,linux/amd64,linux/arm/v7", ((Dictionary<object, object>)variables["IMAGE_PLATFORMS"])["value"]);
        Assert.Contains("set -- \"$@\" --opt \"platform=$IMAGE_PLATFORMS\"", Script(result, "gitlab-ci"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false, "--sbom=true", "--provenance")]
    [InlineData(false, true, "--provenance=mode=max", "--sbom")]
    public void The_Docker_strategies_attest_only_what_the_preset_asks_for_on_a_builder_of_the_job(bool sbom, bool provenance, string present, string absent)
    {
        var result = Render("dind", $"  sbom: {sbom.ToString().ToLowerInvariant()}\n  provenance: {provenance.ToString().ToLowerInvariant()}\n");
        var script = Script(result, "gitlab-ci");

        Assert.Contains($"set -- \"$@\" {present}", script, StringComparison.Ordinal);
        Assert.DoesNotContain(absent, script, StringComparison.Ordinal);
        Assert.DoesNotContain("--platform", script, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(script, "docker buildx create"));
        Assert.DoesNotContain("setup-qemu-action", File(result, "github-workflow"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dind")]
    [InlineData("socket")]
    [InlineData("buildah")]
    public void An_untrusted_build_on_single_use_vms_builds_every_platform_it_was_asked_for_without_pushing(string strategy)
    {
        var set = PresetLoader.Load([($"trust: untrusted\nstrategy: {strategy}\nexecutor: docker-autoscaler\nplatforms: [gitlab]\nimage:\n  destination: registry.example.com/team/app\n  platforms: [linux/amd64, linux/arm64]\n", "presets/p.yaml", "presets/p.yaml")]);
        Assert.False(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Sorted()));
        var result = new Generator(new TemplateStore()).Render(set, []);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
        var script = Script(result, "gitlab-ci");

        Assert.Contains("--platform \"$IMAGE_PLATFORMS\"", script, StringComparison.Ordinal);
        Assert.DoesNotContain("--push", script, StringComparison.Ordinal);
        Assert.DoesNotContain("push=true", script, StringComparison.Ordinal);
        Assert.DoesNotContain(" push \"", script, StringComparison.Ordinal);
        Assert.DoesNotContain("REGISTRY_PASSWORD", script, StringComparison.Ordinal);
    }

    private static GenerationResult Render(string strategy, string image)
    {
        var set = PresetLoader.Load([($"trust: trusted\nstrategy: {strategy}\nimage:\n  destination: registry.example.com/team/app\n{image}", "presets/p.yaml", "presets/p.yaml")]);
        Assert.False(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Sorted()));
        var result = new Generator(new TemplateStore()).Render(set, []);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
        return result;
    }

    private static string File(GenerationResult result, string output) => result.Files.Single(f => f.Output.Id == output).Content;

    private static string Script(GenerationResult result, string output)
    {
        var job = (Dictionary<object, object>)Parsed.Yaml(File(result, output))["build-image"];
        return string.Concat(((List<object>)job["script"]).Cast<string>());
    }
}
