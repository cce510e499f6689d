using RunnerGen.Generation;
using RunnerGen.Model;
using RunnerGen.Presets;
using RunnerGen.Rendering;
using RunnerGen.Tests.Support;
using Tomlyn.Model;

namespace RunnerGen.Tests.Presets;

/// <summary>builderImages takes any image pinned by tag and digest, and every output writes the reference unchanged.</summary>
public sealed class BuilderImageDigestTests
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    public static TheoryData<string> Strategies()
    {
        var data = new TheoryData<string>();
        foreach (var strategy in StrategyCatalog.Current.All)
        {
            data.Add(strategy.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void A_job_image_pinned_by_tag_and_digest_is_written_unchanged(string strategy)
    {
        var definition = StrategyCatalog.Current.Get(new StrategyId(strategy));
        var pinned = $"{DefaultPins.Images.Single(i => i.Key == definition.JobImage).Value.Split('@')[0]}@{Digest}";
        var set = PresetLoader.Load([($"trust: trusted\nstrategy: {strategy}\nimage:\n  destination: registry.example.com/team/app\nbuilderImages:\n  {definition.JobImage}: {pinned}\n", "presets/p.yaml", "presets/p.yaml")]);
        Assert.False(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Sorted()));
        Assert.Equal(pinned, set.Presets.Single().BuilderImages[definition.JobImage]);

        var result = new Generator(new TemplateStore()).Render(set, []);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
        var runner = (TomlTable)((TomlTableArray)Parsed.Toml(result.Files.Single(f => f.Output.Id == "gitlab-config").Content)["runners"])[0];
        Assert.Equal(pinned, ((TomlTable)runner["kubernetes"])["image"]);
        var pod = Parsed.Pod(result.Files.Single(f => f.Output.Id == "build-pod").Content);
        Assert.Contains(pinned, pod.Spec.Containers.Concat(pod.Spec.InitContainers ?? []).Select(c => c.Image));
    }

    [Theory]
    [InlineData("moby/buildkit:v0.33.0-rootless@sha256:0123")]
    [InlineData("moby/buildkit@sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("moby/buildkit:v0.33.0-rootless@sha512:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void A_malformed_digest_is_refused(string reference)
    {
        var set = PresetLoader.Load([($"trust: trusted\nstrategy: buildkit\nimage:\n  destination: registry.example.com/team/app\nbuilderImages:\n  buildkit: {reference}\n", "presets/p.yaml", "presets/p.yaml")]);

        Assert.Equal("RG0006", Assert.Single(set.Diagnostics.Sorted()).Id);
    }
}
