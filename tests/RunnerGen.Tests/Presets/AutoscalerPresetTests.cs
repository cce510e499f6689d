using RunnerGen.Diagnostics;
using RunnerGen.Generation;
using RunnerGen.Presets;
using RunnerGen.Rendering;
using RunnerGen.Tests.Support;
using Tomlyn.Model;

namespace RunnerGen.Tests.Presets;

/// <summary>runner.autoscaler: what each fleeting plugin renders, parsed back, and the settings that cannot go together.</summary>
public sealed class AutoscalerPresetTests
{
    private const string Head = "trust: internal\nstrategy: kaniko\nexecutor: docker-autoscaler\nimage:\n  destination: registry.example.com/team/app\n";

    private static PresetSet Load(string text) => PresetLoader.Load([(text, "presets/fleet.yaml", "presets/fleet.yaml")]);

    private static TomlTable Runner(string text)
    {
        var set = Load(text);
        Assert.False(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Sorted()));
        var result = new Generator(new TemplateStore()).Render(set, []);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
        Assert.Equal(["fleet/gitlab/.gitlab-ci.yml", "fleet/gitlab/config.toml", "fleet/gitlab/runner.tf"], result.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        return (TomlTable)((TomlTableArray)Parsed.Toml(result.Files.Single(f => f.Output.Id == "gitlab-config").Content)["runners"])[0];
    }

    private static TomlTable Table(TomlTable table, params string[] path) => path.Aggregate(table, (t, key) => (TomlTable)t[key]);

    [Fact]
    public void The_defaults_give_a_fresh_aws_vm_per_job_in_an_auto_scaling_group_named_after_the_preset()
    {
        var runner = Runner(Head + "platforms: [gitlab]\n");

        Assert.Equal("docker-autoscaler", runner["executor"]);
        Assert.True(runner.ContainsKey("docker"));
        var autoscaler = Table(runner, "autoscaler");
        Assert.Equal("aws:latest", autoscaler["plugin"]);
        Assert.Equal(1L, autoscaler["capacity_per_instance"]);
        Assert.Equal(1L, autoscaler["max_use_count"]);
        Assert.Equal(4L, autoscaler["max_instances"]);
        Assert.Equal(new Dictionary<string, object> { ["name"] = "fleet" }, Table(autoscaler, "plugin_config").ToDictionary(p => p.Key, p => p.Value));
        Assert.Equal(false, Table(autoscaler, "connector_config")["use_external_addr"]);
        var policy = Assert.Single((TomlTableArray)autoscaler["policy"]);
        Assert.Equal(0L, policy["idle_count"]);
        Assert.Equal("20m0s", policy["idle_time"]);
        Assert.True((bool)Table(runner, "feature_flags")["FF_NETWORK_PER_BUILD"]);
    }

    [Fact]
    public void Google_cloud_and_azure_name_their_instance_group_where_their_plugins_look()
    {
        var google = Table(Runner(Head + "platforms: [gitlab]\nrunner:\n  autoscaler:\n    plugin: googlecloud\n    pluginVersion: \"1.2\"\n    instanceGroup: ci-vms\n    project: my-project\n    zone: europe-west1-b\n    idleCount: 2\n    idleTime: 30m\n    maxInstances: 8\n    username: runner\n    useExternalAddress: true\n"), "autoscaler");
        Assert.Equal("googlecloud:1.2", google["plugin"]);
        Assert.Equal(8L, google["max_instances"]);
        Assert.Equal(new Dictionary<string, object> { ["name"] = "ci-vms", ["project"] = "my-project", ["zone"] = "europe-west1-b" }, Table(google, "plugin_config").ToDictionary(p => p.Key, p => p.Value));
        Assert.Equal("runner", Table(google, "connector_config")["username"]);
        Assert.Equal(true, Table(google, "connector_config")["use_external_addr"]);
        Assert.Equal(2L, ((TomlTableArray)google["policy"])[0]["idle_count"]);

        var azure = Table(Runner(Head + "platforms: [gitlab]\nrunner:\n  autoscaler:\n    plugin: azure\n    instanceGroup: ci-scale-set\n    subscriptionId: 9b3c4602-cde2-4089-bed8-889e5a3e7102\n    resourceGroup: ci\n"), "autoscaler");
        Assert.Equal("azure:latest", azure["plugin"]);
        Assert.Equal(new Dictionary<string, object> { ["name"] = "ci-scale-set", ["subscription_id"] = "9b3c4602-cde2-4089-bed8-889e5a3e7102", ["resource_group_name"] = "ci" }, Table(azure, "plugin_config").ToDictionary(p => p.Key, p => p.Value));
    }

    [Fact]
    public void Github_has_no_docker_autoscaler_executor()
    {
        var set = Load(Head);

        var error = Assert.Single(set.Diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.ExecutorNotOnPlatform, error.Id);
        Assert.Equal("presets/fleet.yaml(3,11): error RG0250: docker-autoscaler is a GitLab Runner executor: GitHub Actions has no such runner, so the GitHub outputs cannot be written for it. Use platforms: [gitlab] for this preset, and for GitHub a preset with executor: kubernetes (an ephemeral Actions Runner Controller pod per job) or docker.", error.ToString());
    }

    [Theory]
    [InlineData("capacityPerInstance: 2", "runner.autoscaler.capacityPerInstance is 2")]
    [InlineData("maxUseCount: 5", "runner.autoscaler.maxUseCount is 5")]
    public void An_untrusted_fleet_keeps_one_job_per_vm(string setting, string message)
    {
        var set = Load(Head.Replace("trust: internal", "trust: untrusted", StringComparison.Ordinal) + $"platforms: [gitlab]\nrunner:\n  autoscaler:\n    {setting}\n");

        var error = Assert.Single(set.Diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.SharedVmUntrusted, error.Id);
        Assert.Equal(9, error.Location.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plugin: googlecloud\n    project: p", "runner.autoscaler.zone is missing: the googlecloud fleeting plugin needs project and zone")]
    [InlineData("plugin: azure\n    resourceGroup: ci", "runner.autoscaler.subscriptionId is missing: the azure fleeting plugin needs subscriptionId and resourceGroup")]
    [InlineData("project: p", "runner.autoscaler.project is not a setting of the aws fleeting plugin")]
    [InlineData("plugin: googlecloud\n    project: p\n    zone: z\n    resourceGroup: ci", "runner.autoscaler.resourceGroup is not a setting of the googlecloud fleeting plugin")]
    public void Each_plugin_gets_the_settings_it_reads_and_no_others(string settings, string message)
    {
        var set = Load(Head + $"platforms: [gitlab]\nrunner:\n  autoscaler:\n    {settings}\n");

        var error = Assert.Single(set.Diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.AutoscalerPluginSettings, error.Id);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pluginVersion: \"v1\"")]
    [InlineData("idleTime: soon")]
    [InlineData("username: \"root; id\"")]
    [InlineData("maxUseCount: 0")]
    public void Malformed_values_are_refused(string setting)
    {
        var set = Load(Head + $"platforms: [gitlab]\nrunner:\n  autoscaler:\n    {setting}\n");

        Assert.Equal(DiagnosticIds.InvalidValue, Assert.Single(set.Diagnostics.Sorted()).Id);
    }
}
