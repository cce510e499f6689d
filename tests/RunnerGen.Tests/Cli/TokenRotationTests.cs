using RunnerGen.Cli;
using RunnerGen.Tests.Policy;
using RunnerGen.Tests.Support;
using Tomlyn.Model;

namespace RunnerGen.Tests.Cli;

/// <summary>What happens to the ${RUNNER_TOKEN} reference of a generated config.toml when GitLab Runner rotates the token.</summary>
public sealed class TokenRotationTests
{
    [Theory]
    [InlineData("docker", "", true)]
    [InlineData("kubernetes", "", true)]
    [InlineData("docker", "runner:\n  tokenRotation: runner\n", false)]
    [InlineData("kubernetes", "runner:\n  tokenRotation: runner\n", false)]
    public void Config_toml_says_what_rotation_does_and_turns_it_off_by_default(string executor, string extra, bool rotationOff)
    {
        var (_, files) = ThreatModelTests.RenderWithFiles("untrusted", "kaniko", executor, "gitlab", [], extra);
        var text = files.Single(f => f.Path.EndsWith("config.toml", StringComparison.Ordinal)).Content;
        var runner = (TomlTable)((TomlTableArray)Parsed.Toml(text)["runners"])[0];

        Assert.Equal("${RUNNER_TOKEN}", runner["token"]);
        Assert.Contains("saves this file back with the literal new token", text, StringComparison.Ordinal);
        var flags = runner.TryGetValue("feature_flags", out var table) ? (TomlTable)table : new TomlTable();
        Assert.Equal(rotationOff, flags.TryGetValue("FF_DISABLE_AUTOMATIC_TOKEN_ROTATION", out var flag) && (bool)flag);
        Assert.Contains(rotationOff ? "Rotate from outside instead" : "keep that copy out of git", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_says_what_happens_to_the_token_reference()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/web\n");
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        dir.Write("config.toml", "concurrent = 2\n");

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml", "--dry-run");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("token: automatic rotation is off (FF_DISABLE_AUTOMATIC_TOKEN_ROTATION), so ${RUNNER_TOKEN} stays in the file", run.Out, StringComparison.Ordinal);
    }
}
