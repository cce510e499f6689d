using System.Text.Json;
using System.Text.RegularExpressions;
using RunnerGen.Model;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Presets;

/// <summary>
/// renovate.json's custom managers read every pin of <c>pins.yaml</c>: a pin in a shape the managers cannot read would
/// silently never move, so it fails here instead.
/// </summary>
public sealed class RenovateConfigTests
{
    private static readonly string PinsFile = File.ReadAllText(Path.Combine(RepoPaths.Root, "pins.yaml"));

    // The buildah entry's tag as pins.yaml has it now, so that a pin bump needs no edit here.
    private static readonly string BuildahTag = System.Text.RegularExpressions.Regex.Match(PinsFile, @"\n    image: quay\.io/buildah/stable\n    tag: (\S+)\n").Groups[1].Value;

    [Fact]
    public void The_image_manager_reads_every_image_pin()
    {
        var (images, _) = DefaultPins.Parse(PinsFile, "pins.yaml");
        Assert.Equal(images.Select(i => i.Value), ImageMatches(PinsFile));
    }

    [Fact]
    public void The_action_manager_reads_every_action_pin_with_its_sha_and_version()
    {
        var (_, actions) = DefaultPins.Parse(PinsFile, "pins.yaml");
        Assert.Equal(actions.Select(a => a.Value), ActionMatches(PinsFile));
    }

    [Fact]
    public void An_image_digest_is_read_as_the_current_digest()
    {
        var text = PinsFile.Replace($"    tag: {BuildahTag}\n", $"    tag: {BuildahTag}\n    digest: sha256:" + new string('a', 64) + "\n", StringComparison.Ordinal);
        var (images, _) = DefaultPins.Parse(text, "pins.yaml");
        Assert.Equal(images.Select(i => i.Value), ImageMatches(text));
        Assert.Contains($"quay.io/buildah/stable:{BuildahTag}@sha256:" + new string('a', 64), ImageMatches(text));
    }

    [Fact]
    public void A_pin_in_a_shape_the_managers_cannot_read_is_caught()
    {
        // The loader accepts keys in any order; Renovate's regex does not, so this pin would never be updated.
        var text = PinsFile.Replace($"    image: quay.io/buildah/stable\n    tag: {BuildahTag}\n", $"    tag: {BuildahTag}\n    image: quay.io/buildah/stable\n", StringComparison.Ordinal);
        var (images, _) = DefaultPins.Parse(text, "pins.yaml");
        Assert.NotEqual(images.Select(i => i.Value), ImageMatches(text));
    }

    [Fact]
    public void Every_manager_is_a_regex_manager_on_pins_yaml_with_a_datasource()
    {
        var managers = Managers().ToList();
        Assert.Equal(["docker", "github-tags", "helm"], managers.Select(m => m.GetProperty("datasourceTemplate").GetString()).Order(StringComparer.Ordinal));
        foreach (var manager in managers)
        {
            Assert.Equal("regex", manager.GetProperty("customType").GetString());
            Assert.Equal(["/^pins\\.yaml$/"], manager.GetProperty("managerFilePatterns").EnumerateArray().Select(p => p.GetString()));
            Assert.NotEmpty(manager.GetProperty("matchStrings").EnumerateArray());
        }
    }

    // Renovate's docker versioning (lib/modules/versioning/docker) drops one leading "v", takes the text after the first
    // "-" as a compatibility suffix (so v0.33.0-rootless only moves to a later -rootless, 29.8.1-dind-rootless to a later
    // -dind-rootless), and reads a tag whose last "-" part is a number (1.2.3-4, 1.2.3-beta.0) as a prerelease instead.
    // Every image tag must have the first shape, or it would be compared as something else.
    [Fact]
    public void Every_image_tag_is_a_version_with_at_most_a_compatibility_suffix_for_docker_versioning()
    {
        var manager = Managers().Single(m => m.GetProperty("datasourceTemplate").GetString() == "docker");
        Assert.Equal("docker", manager.GetProperty("versioningTemplate").GetString());
        var tags = Matches(PinsFile, "docker").Select(m => m.Groups["currentValue"].Value).ToList();
        Assert.NotEmpty(tags);
        Assert.All(tags, tag => Assert.Matches(@"^v?\d+(\.\d+)*(-[A-Za-z][A-Za-z0-9]*(-[A-Za-z][A-Za-z0-9]*)*)?$", tag));
        Assert.Contains(tags, tag => tag.StartsWith('v') && tag.Contains('-', StringComparison.Ordinal));
    }

    [Fact]
    public void The_chart_manager_reads_every_helm_chart_pin_with_its_repository()
    {
        var charts = DefaultPins.ParseCharts(PinsFile, "pins.yaml");
        Assert.NotEmpty(charts);
        Assert.Equal(
            charts.Select(c => $"{c.Value.Repository} {c.Value.Chart} {c.Value.Version}"),
            Matches(PinsFile, "helm").Select(m => $"{m.Groups["registryUrl"].Value} {m.Groups["depName"].Value} {m.Groups["currentValue"].Value}"));
        Assert.Equal(DefaultPins.Chart("gitlabRunner").Version, HelmCharts.GitlabRunnerVersion);
    }

    private static List<string> ImageMatches(string pins) =>
        Matches(pins, "docker").Select(m => $"{m.Groups["depName"].Value}:{m.Groups["currentValue"].Value}"
            + (m.Groups["currentDigest"].Success ? "@" + m.Groups["currentDigest"].Value : string.Empty)).ToList();

    private static List<string> ActionMatches(string pins) =>
        Matches(pins, "github-tags").Select(m => $"{m.Groups["depName"].Value}@{m.Groups["currentDigest"].Value} # {m.Groups["currentValue"].Value}").ToList();

    /// <summary>Every match of every regex of the managers with this datasource, in file order.</summary>
    private static IEnumerable<Match> Matches(string pins, string datasource) =>
        Managers()
            .Where(m => m.GetProperty("datasourceTemplate").GetString() == datasource)
            .SelectMany(m => m.GetProperty("matchStrings").EnumerateArray())
            .SelectMany(pattern => new Regex(pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(5)).Matches(pins))
            .OrderBy(m => m.Index);

    private static IEnumerable<JsonElement> Managers()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "renovate.json")));
        return document.RootElement.GetProperty("customManagers").EnumerateArray().Select(m => m.Clone()).ToList();
    }
}
