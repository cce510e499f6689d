using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Presets;

namespace RunnerGen.Tests.Presets;

public sealed class PresetLoaderTests
{
    private const string Minimal = "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/app\n";

    [Fact]
    public void A_minimal_preset_gets_every_default()
    {
        var preset = Assert.Single(Load(("web.yaml", Minimal)).Presets);

        Assert.Equal("web", preset.Name);
        Assert.Equal("presets/web.yaml", preset.SourceFile);
        Assert.Equal(Executor.Kubernetes, preset.Executor);
        Assert.Equal([Platform.Gitlab, Platform.Github], preset.Platforms);
        Assert.Equal(".", preset.Image.Context);
        Assert.Equal("Dockerfile", preset.Image.Dockerfile);
        Assert.True(preset.Image.Cache);
        Assert.Equal("registry.example.com", preset.Image.Registry);
        Assert.Equal(["web"], preset.Runner.Tags);
        Assert.Equal("ci-web", preset.Runner.Namespace);
        Assert.Equal(4, preset.Runner.Concurrency);
        Assert.Equal(4, preset.Github.MaxRunners);
        Assert.Equal("web", preset.Github.ScaleSetName);
        Assert.Equal([DefaultPins.Images.Single(i => i.Key == "kaniko").Value], preset.Runner.AllowedImages);
    }

    [Fact]
    public void Extends_merges_key_by_key_and_lists_are_replaced()
    {
        var set = Load(
            ("org.yaml", "abstract: true\ntrust: internal\nimage:\n  destination: registry.example.com/org/app\n  cache: false\nrunner:\n  tags: [org, shared]\n  concurrency: 8\n"),
            ("team.yaml", "extends: org\nstrategy: kaniko\nimage:\n  context: services/team\nrunner:\n  tags: [team]\n"));

        var team = Assert.Single(set.Presets);
        Assert.Equal("team", team.Name);
        Assert.Equal(TrustLevel.Internal, team.Trust);
        Assert.Equal("registry.example.com/org/app", team.Image.Destination);
        Assert.Equal("services/team", team.Image.Context);
        Assert.False(team.Image.Cache);
        Assert.Equal(["team"], team.Runner.Tags);
        Assert.Equal(8, team.Runner.Concurrency);
    }

    [Theory]
    [InlineData("trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/a/b\nrunner:\n  tag: [x]\n", "presets/p.yaml(6,3): error RG0002: unknown key 'tag' in runner. Did you mean 'tags'?")]
    [InlineData("trust: untrusted\nstrategy: kanico\nimage:\n  destination: registry.example.com/a/b\n", "presets/p.yaml(2,11): error RG0004: invalid value 'kanico' for strategy: must be one of 'dind', 'dind-rootless', 'socket', 'kaniko', 'buildah', 'buildkit'. Did you mean 'kaniko'?")]
    [InlineData("trust: untrusted\nimage:\n  destination: registry.example.com/a/b\n", "presets/p.yaml(1,1): error RG0005: missing required key 'strategy'. It is one of 'dind', 'dind-rootless', 'socket', 'kaniko', 'buildah', 'buildkit'.")]
    [InlineData("trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/a/b\nrunner:\n  concurrency: lots\n", "presets/p.yaml(6,16): error RG0003: runner.concurrency must be a whole number from 1 to 1000; found 'lots'.")]
    [InlineData("trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/a/b\nrunner:\n  tags: x\n", "presets/p.yaml(6,9): error RG0003: runner.tags must be a list; found a scalar.")]
    [InlineData("trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/a/b\nrunner:\n  tags: [\"a\\nb\"]\n", "presets/p.yaml(6,10): error RG0006: runner.tags[0] must be a single line without control characters; found 'a\\u000ab'.")]
    [InlineData("trust: [untrusted\n", "presets/p.yaml(2,1): error RG0001: invalid YAML:")]
    [InlineData("trust: untrusted\nstrategy: kaniko\nimage:\n  destination: Registry/App\n", "presets/p.yaml(4,16): error RG0006: invalid value 'Registry/App' for image.destination: expected an image repository without tag")]
    [InlineData("trust: untrusted\nstrategy: kaniko\nacceptRisks: [privileged]\nimage:\n  destination: registry.example.com/a/b\n", "presets/p.yaml(3,14): error RG0011: an untrusted preset cannot accept risks")]
    public void Mistakes_get_a_precise_error(string text, string expected)
    {
        var set = Load(("p.yaml", text));

        Assert.Empty(set.Presets);
        Assert.Contains(set.Diagnostics.Sorted(), d => d.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_error_in_every_file_is_reported()
    {
        var set = Load(
            ("a.yaml", "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/a/b\n  dockerfil: x\nrunner:\n  concurency: 2\n"),
            ("b.yaml", "trust: sometimes\nstrategy: kaniko\n"));

        Assert.Equal(
            [
                "presets/a.yaml(5,3): error RG0002",
                "presets/a.yaml(7,3): error RG0002",
                "presets/b.yaml(1,1): error RG0005",
                "presets/b.yaml(1,8): error RG0004",
            ],
            set.Diagnostics.Sorted().Select(d => d.ToString()[..d.ToString().IndexOf(':', d.ToString().IndexOf(':') + 1)]));
    }

    [Fact]
    public void Extends_cycles_and_missing_parents_are_errors()
    {
        var set = Load(
            ("a.yaml", "extends: b\n"),
            ("b.yaml", "extends: a\n"),
            ("c.yaml", "extends: bse\n"),
            ("base.yaml", "abstract: true\n"));

        var messages = set.Diagnostics.Sorted().Select(d => d.ToString()).ToList();
        Assert.Contains("presets/a.yaml(1,10): error RG0008: extends cycle: a -> b -> a. Remove one 'extends' to break the cycle.", messages);
        Assert.Contains("presets/c.yaml(1,10): error RG0007: preset 'c' extends 'bse', which does not exist. Did you mean 'base'?", messages);
    }

    [Fact]
    public void Duplicate_names_and_unsafe_names_are_errors()
    {
        var set = Load(
            ("one.yaml", "name: web\n" + Minimal),
            ("two.yaml", "name: web\n" + Minimal),
            ("three.yaml", "name: ../etc\n" + Minimal),
            ("Bad Name.yaml", Minimal));

        var messages = set.Diagnostics.Sorted().Select(d => d.ToString()).ToList();
        Assert.Contains("presets/two.yaml(1,7): error RG0009: preset name 'web' is already used by presets/one.yaml. Give each preset its own name.", messages);
        Assert.Contains(messages, m => m.StartsWith("presets/three.yaml(1,7): error RG0010: preset name '../etc' is not safe as a folder name", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("presets/Bad Name.yaml: error RG0010: preset file name 'Bad Name' is not safe", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_built_in_preset_is_valid_and_covers_every_strategy()
    {
        var set = PresetScaffold.BuiltIn();

        Assert.False(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Sorted()));
        Assert.Equal(StrategyCatalog.BuiltIn.Ids.Order(), set.Presets.Select(p => p.Strategy.Value).Distinct().Order());
        // One TRUST-STRATEGY preset per strategy; presets that show a feature add a suffix (internal-kaniko-cache,
        // trusted-buildkit-signed).
        Assert.All(set.Presets, p => Assert.Matches($"^{p.Trust.Id()}-{p.Strategy.Value}(-[a-z]+)?$", p.Name));
        Assert.Equal(StrategyCatalog.BuiltIn.Ids.Order(), set.Presets.Where(p => p.Name == $"{p.Trust.Id()}-{p.Strategy.Value}").Select(p => p.Strategy.Value).Order());
    }

    private static PresetSet Load(params (string File, string Text)[] files) =>
        PresetLoader.Load(files.Select(f => (f.Text, $"presets/{f.File}", $"presets/{f.File}")));
}
