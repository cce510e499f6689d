using RunnerGen.Model;
using RunnerGen.Presets;

namespace RunnerGen.Tests.Isolation;

/// <summary>runner.isolation and runner.runtimeClass: what the preset accepts and what it refuses, with positions.</summary>
public sealed class IsolationPresetTests
{
    private const string Kaniko = "name: web\ntrust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/app\n";

    [Fact]
    public void By_default_pods_use_the_nodes_users_and_the_default_runtime()
    {
        var preset = Assert.Single(Load(Kaniko).Presets);

        Assert.Equal("host", preset.Runner.Isolation);
        Assert.False(preset.Runner.UserNamespace);
        Assert.Null(preset.Runner.RuntimeClass);
    }

    [Fact]
    public void A_kubernetes_preset_takes_a_user_namespace_and_a_runtime_class()
    {
        var preset = Assert.Single(Load(Kaniko + "runner:\n  isolation: user-namespace\n  runtimeClass: kata.sandbox-1\n").Presets);

        Assert.True(preset.Runner.UserNamespace);
        Assert.Equal("kata.sandbox-1", preset.Runner.RuntimeClass);
    }

    [Fact]
    public void A_user_namespace_on_the_docker_executor_is_refused_where_it_is_written()
    {
        var set = Load(Kaniko + "executor: docker\nrunner:\n  isolation: user-namespace\n");

        var error = Assert.Single(set.Diagnostics.Sorted());
        Assert.Equal("RG0265", error.Id);
        Assert.Equal((8, 14), (error.Location.Line, error.Location.Column));
        Assert.Contains("needs the Kubernetes executor", error.Message, StringComparison.Ordinal);
        Assert.Contains("userns-remap", error.Suggestion, StringComparison.Ordinal);
        Assert.Empty(set.Presets);
    }

    [Fact]
    public void A_runtime_class_on_the_docker_executor_is_refused_where_it_is_written()
    {
        var set = Load(Kaniko + "executor: docker\nrunner:\n  runtimeClass: gvisor\n");

        var error = Assert.Single(set.Diagnostics.Sorted());
        Assert.Equal("RG0266", error.Id);
        Assert.Equal((8, 17), (error.Location.Line, error.Location.Column));
        Assert.Empty(set.Presets);
    }

    [Fact]
    public void A_user_namespace_with_the_host_socket_is_refused_and_names_the_strategies_that_fit()
    {
        var set = Load("name: web\ntrust: trusted\nstrategy: socket\nimage:\n  destination: registry.example.com/team/app\nrunner:\n  isolation: user-namespace\n");

        var error = Assert.Single(set.Diagnostics.Sorted());
        Assert.Equal("RG0267", error.Id);
        Assert.Equal((7, 14), (error.Location.Line, error.Location.Column));
        Assert.Contains("kaniko", error.Suggestion, StringComparison.Ordinal);
        Assert.DoesNotContain("socket,", error.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void The_host_socket_may_still_name_a_runtime_class()
    {
        var set = Load("name: web\ntrust: trusted\nstrategy: socket\nimage:\n  destination: registry.example.com/team/app\nrunner:\n  runtimeClass: gvisor\n");

        Assert.False(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Sorted()));
    }

    [Theory]
    [InlineData("Gvisor")]
    [InlineData("run_sc")]
    [InlineData("-kata")]
    [InlineData("kata.")]
    [InlineData("kata..qemu")]
    [InlineData("\"gvisor\\nprivileged: true\"")]
    public void A_runtime_class_that_is_not_a_dns_subdomain_is_refused(string value)
    {
        var set = Load(Kaniko + $"runner:\n  runtimeClass: {value}\n");

        var error = Assert.Single(set.Diagnostics.Sorted());
        Assert.Equal("RG0006", error.Id);
        Assert.Empty(set.Presets);
    }

    [Fact]
    public void A_runtime_class_longer_than_253_characters_is_refused()
    {
        var set = Load(Kaniko + $"runner:\n  runtimeClass: {new string('a', 254)}\n");

        Assert.Equal("RG0006", Assert.Single(set.Diagnostics.Sorted()).Id);
    }

    [Fact]
    public void An_unknown_isolation_is_refused_with_the_values_it_may_take()
    {
        var set = Load(Kaniko + "runner:\n  isolation: userns\n");

        var error = Assert.Single(set.Diagnostics.Sorted());
        Assert.Equal("RG0004", error.Id);
        Assert.Contains("user-namespace", error.ToString(), StringComparison.Ordinal);
    }

    private static PresetSet Load(string text) => PresetLoader.Load([(text, "presets/web.yaml", "presets/web.yaml")]);
}
