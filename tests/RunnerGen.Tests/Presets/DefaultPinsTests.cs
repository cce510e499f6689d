using RunnerGen.Model;
using RunnerGen.Presets;
using RunnerGen.Rendering;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Presets;

/// <summary>Every default image and action pin comes from <c>pins.yaml</c>, and a broken pins file is caught.</summary>
public sealed class DefaultPinsTests
{
    private static readonly string PinsFile = File.ReadAllText(Path.Combine(RepoPaths.Root, "pins.yaml"));

    // The buildah entry's tag as pins.yaml has it now, so that a pin bump needs no edit here.
    private static readonly string BuildahTag = System.Text.RegularExpressions.Regex.Match(PinsFile, @"\n    image: quay\.io/buildah/stable\n    tag: (\S+)\n").Groups[1].Value;

    [Fact]
    public void The_defaults_are_the_pins_file()
    {
        var (images, actions) = DefaultPins.Parse(PinsFile, "pins.yaml");
        Assert.Equal(images, DefaultPins.Images);
        Assert.Equal(actions, ActionPins.All);
        Assert.Equal(["checkout", "login", "setup_buildx", "build_push", "setup_qemu", "cosign_installer"], actions.Select(a => a.Key));
        Assert.Equal("ghcr.io/actions/actions-runner:2.336.0", images.Single(i => i.Key == "actionsRunner").Value);
    }

    [Fact]
    public void A_digest_is_written_after_the_tag()
    {
        var text = PinsFile.Replace($"    tag: {BuildahTag}\n", $"    tag: {BuildahTag}\n    digest: sha256:" + new string('a', 64) + "\n", StringComparison.Ordinal);
        Assert.Equal($"quay.io/buildah/stable:{BuildahTag}@sha256:" + new string('a', 64), DefaultPins.Parse(text, "pins.yaml").Images.Single(i => i.Key == "buildah").Value);
    }

    [Fact]
    public void An_action_pinned_to_anything_but_a_full_sha_is_refused()
    {
        var text = PinsFile.Replace("sha: 3d3c42e5aac5ba805825da76410c181273ba90b1", "sha: v7", StringComparison.Ordinal);
        var error = Assert.Throws<InvalidOperationException>(() => DefaultPins.Parse(text, "pins.yaml"));
        Assert.Contains("actions.checkout.sha", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_image_is_refused_with_its_position()
    {
        var text = PinsFile.Replace($"    tag: {BuildahTag}\n", string.Empty, StringComparison.Ordinal);
        var error = Assert.Throws<InvalidOperationException>(() => DefaultPins.Parse(text, "pins.yaml"));
        Assert.Contains("'tag' is missing", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("pins.yaml(", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cosign_binary_is_pinned_by_version_and_the_sha256_of_each_linux_binary()
    {
        var cosign = Assert.Single(DefaultPins.ParseBinaries(PinsFile, "pins.yaml")).Value;
        Assert.Equal(cosign, DefaultPins.Cosign);
        Assert.Matches("^v[0-9]+\\.[0-9]+\\.[0-9]+$", cosign.Version);
        Assert.Matches("^[0-9a-f]{64}$", cosign.Sha256Amd64);
        Assert.Matches("^[0-9a-f]{64}$", cosign.Sha256Arm64);
        Assert.NotEqual(cosign.Sha256Amd64, cosign.Sha256Arm64);
    }

    [Fact]
    public void A_cosign_pin_without_a_full_sha256_is_a_bug_in_runnergen()
    {
        var text = PinsFile.Replace("    sha256Arm64: ", "    sha256Arm64: 0", StringComparison.Ordinal);
        var error = Assert.Throws<InvalidOperationException>(() => DefaultPins.ParseBinaries(text, "pins.yaml"));
        Assert.Contains("binaries.cosign", error.Message, StringComparison.Ordinal);
    }
}
