using RunnerGen.Cli;
using RunnerGen.Tests.Support;
using Tomlyn.Model;

namespace RunnerGen.Tests.Output;

/// <summary><c>apply</c> of a docker-autoscaler preset: <c>[runners.autoscaler]</c> belongs to the preset like the executor sections.</summary>
public sealed class ApplyAutoscalerTests
{
    private const string Live = """
        concurrent = 10

        [[runners]]
          name = "fleet"
          url = "https://gitlab.example.com"
          token = "glrt-fleet-secret"
          executor = "docker-autoscaler"
          [runners.docker]
            privileged = true
            image = "alpine"
          [runners.autoscaler]
            plugin = "aws"
            capacity_per_instance = 4
            max_use_count = 0
            max_instances = 20
            [runners.autoscaler.plugin_config]
              name = "old-group"
            [runners.autoscaler.connector_config]
              username = "ubuntu"
              key_path = "/etc/gitlab-runner/fleet_ed25519"
              use_external_addr = true
            [runners.autoscaler.vm_isolation]
              enabled = true
              nesting_host = "unix:///var/run/nesting.sock"
            [[runners.autoscaler.policy]]
              idle_count = 9
              idle_time = "1h"

        """;

    [Fact]
    public void A_live_fleet_gets_the_presets_single_use_vms_and_keeps_no_leftover_autoscaler_table()
    {
        using var dir = new TempDir();
        dir.Write("presets/fleet.yaml", "trust: untrusted\nstrategy: kaniko\nexecutor: docker-autoscaler\nplatforms: [gitlab]\nimage:\n  destination: registry.example.com/team/web\nrunner:\n  autoscaler:\n    instanceGroup: ci-fleet\n");
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        var live = dir.Write("config.toml", Live);

        var run = CliRun.In(dir.Path, "apply", "fleet", "--config", "config.toml");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        var merged = File.ReadAllText(live);
        var runner = (TomlTable)((TomlTableArray)Parsed.Toml(merged)["runners"])[0];
        Assert.Equal("glrt-fleet-secret", runner["token"]);
        var autoscaler = (TomlTable)runner["autoscaler"];
        Assert.Equal(1L, autoscaler["capacity_per_instance"]);
        Assert.Equal(1L, autoscaler["max_use_count"]);
        Assert.Equal("ci-fleet", ((TomlTable)autoscaler["plugin_config"])["name"]);
        Assert.False(autoscaler.ContainsKey("vm_isolation"), merged);
        Assert.Equal(0L, Assert.Single((TomlTableArray)autoscaler["policy"])["idle_count"]);
        var connector = (TomlTable)autoscaler["connector_config"];
        Assert.Equal("/etc/gitlab-runner/fleet_ed25519", connector["key_path"]);
        Assert.Equal(false, connector["use_external_addr"]);
        Assert.False(connector.ContainsKey("username"));
        Assert.False(((TomlTable)runner["docker"]).ContainsKey("privileged") && (bool)((TomlTable)runner["docker"])["privileged"]);
    }
}
