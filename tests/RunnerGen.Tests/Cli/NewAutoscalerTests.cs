using RunnerGen.Cli;
using RunnerGen.Model;
using RunnerGen.Tests.Support;
using Tomlyn.Model;

namespace RunnerGen.Tests.Cli;

/// <summary><c>new NAME --strategy S --executor docker-autoscaler</c> renders at once, for every strategy.</summary>
public sealed class NewAutoscalerTests
{
    public static TheoryData<string> Strategies()
    {
        var data = new TheoryData<string>();
        foreach (var id in StrategyCatalog.BuiltIn.Ids)
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Every_strategy_scaffolds_a_working_fleet_then_generates_and_checks_clean(string strategy)
    {
        using var dir = new TempDir();

        var created = CliRun.In(dir.Path, "new", "fleet", "--strategy", strategy, "--executor", "docker-autoscaler");

        Assert.True(created.ExitCode == ExitCodes.Success, created.Error);
        var preset = File.ReadAllText(Path.Combine(dir.Path, "presets", "fleet.yaml"));
        Assert.Contains("executor: docker-autoscaler\nplatforms: [gitlab]\n", preset, StringComparison.Ordinal);
        Assert.Contains("  autoscaler:\n    plugin: aws\n    instanceGroup: \"fleet\"\n", preset, StringComparison.Ordinal);
        Assert.DoesNotContain("github:", preset, StringComparison.Ordinal);
        Assert.Equal(["generated/fleet/gitlab/.gitlab-ci.yml", "generated/fleet/gitlab/config.toml", "generated/fleet/gitlab/runner.tf"], dir.Snapshot().Keys.Where(k => k.StartsWith("generated/fleet/", StringComparison.Ordinal)));

        var runner = (TomlTable)((TomlTableArray)Parsed.Toml(File.ReadAllText(Path.Combine(dir.Path, "generated", "fleet", "gitlab", "config.toml")))["runners"])[0];
        var autoscaler = (TomlTable)runner["autoscaler"];
        Assert.Equal("aws:latest", autoscaler["plugin"]);
        Assert.Equal("fleet", ((TomlTable)autoscaler["plugin_config"])["name"]);
        Assert.Equal(1L, autoscaler["max_use_count"]);

        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        var check = CliRun.In(dir.Path, "check");
        Assert.True(check.ExitCode == ExitCodes.Success, check.Out + check.Error);
    }

    [Fact]
    public void Untrusted_dind_on_single_use_vms_is_scaffolded_not_refused()
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, "new", "forks", "--strategy", "dind", "--trust", "untrusted", "--executor", "docker-autoscaler");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains("trust: untrusted", File.ReadAllText(Path.Combine(dir.Path, "presets", "forks.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Docker_autoscaler_for_github_is_refused_with_the_executors_github_has()
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, "new", "fleet", "--strategy", "kaniko", "--executor", "docker-autoscaler", "--platform", "github");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--executor: error RG0250: docker-autoscaler is a GitLab Runner executor", run.Error, StringComparison.Ordinal);
        Assert.Contains("--executor kubernetes", run.Error, StringComparison.Ordinal);
        Assert.Empty(dir.Snapshot());
    }
}
