using System.Text.Json;
using RunnerGen.Rendering;
using RunnerGen.Tests.Support;
using Tomlyn.Model;

namespace RunnerGen.Tests.Isolation;

/// <summary>
/// runner.isolation: user-namespace puts hostUsers: false on every pod a preset makes, and runner.runtimeClass names
/// the RuntimeClass of each: read back with the KubernetesClient models and Tomlyn from the matrix's Kubernetes
/// combinations that set them.
/// </summary>
public sealed class IsolationRenderTests
{
    public static TheoryData<string> UserNamespaced() => Names("-userns");

    [Theory]
    [MemberData(nameof(UserNamespaced))]
    public void Every_pod_of_a_user_namespace_preset_has_host_users_false_and_the_runtime_class(string name)
    {
        var files = Files(name);
        var pods = 0;
        foreach (var file in files)
        {
            foreach (var spec in PodSpecs(file))
            {
                Assert.False(spec.HostUsers, $"{file.Path}: hostUsers");
                Assert.Equal("gvisor", spec.RuntimeClassName);
                pods++;
            }
        }

        // The build pod, the ARC runner pod and, in Kubernetes container mode, the hook template's job pod.
        Assert.InRange(pods, 2, 3);
    }

    [Theory]
    [MemberData(nameof(UserNamespaced))]
    public void GitLab_job_pods_get_host_users_false_through_a_pod_spec_patch_and_the_runtime_class(string name)
    {
        var runner = (TomlTable)((TomlTableArray)Parsed.Toml(Files(name).Single(f => f.Output.Id == "gitlab-config").Content)["runners"])[0];
        var kubernetes = (TomlTable)runner["kubernetes"];

        Assert.Equal("gvisor", kubernetes["runtime_class_name"]);
        Assert.Equal(true, ((TomlTable)runner["feature_flags"])["FF_USE_ADVANCED_POD_SPEC_CONFIGURATION"]);
        var patch = Assert.Single((TomlTableArray)kubernetes["pod_spec"]);
        Assert.Equal("strategic", patch["patch_type"]);
        Assert.Equal("user-namespace", patch["name"]);
        using var json = JsonDocument.Parse((string)patch["patch"]);
        Assert.Equal(JsonValueKind.False, json.RootElement.GetProperty("hostUsers").ValueKind);
        Assert.Single(json.RootElement.EnumerateObject());
    }

    [Fact]
    public void The_host_socket_names_the_runtime_class_without_a_user_namespace()
    {
        var name = Assert.Single(NameList("-runtimeclass"));
        foreach (var spec in Files(name).SelectMany(PodSpecs))
        {
            Assert.Null(spec.HostUsers);
            Assert.Equal("gvisor", spec.RuntimeClassName);
        }

        var config = Files(name).Single(f => f.Output.Id == "gitlab-config").Content;
        Assert.DoesNotContain("pod_spec", config, StringComparison.Ordinal);
        Assert.DoesNotContain("FF_USE_ADVANCED_POD_SPEC_CONFIGURATION", config, StringComparison.Ordinal);
        Assert.Contains("runtime_class_name = \"gvisor\"", config, StringComparison.Ordinal);
    }

    [Fact]
    public void Presets_without_either_setting_render_neither()
    {
        var plain = Matrix.Result.Files.Where(f => !f.Preset.EndsWith("-userns", StringComparison.Ordinal) && !f.Preset.EndsWith("-runtimeclass", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(plain);
        Assert.All(plain, f => Assert.DoesNotContain("hostUsers", f.Content, StringComparison.Ordinal));
        Assert.All(plain, f => Assert.DoesNotContain("runtimeClassName", f.Content, StringComparison.Ordinal));
        Assert.All(plain, f => Assert.DoesNotContain("runtime_class_name", f.Content, StringComparison.Ordinal));
        Assert.All(plain, f => Assert.DoesNotContain("pod_spec", f.Content, StringComparison.Ordinal));
    }

    private static TheoryData<string> Names(string suffix)
    {
        var data = new TheoryData<string>();
        foreach (var name in NameList(suffix))
        {
            data.Add(name);
        }

        return data;
    }

    private static List<string> NameList(string suffix) => [.. Matrix.Names.Where(n => n.EndsWith(suffix, StringComparison.Ordinal))];

    private static List<RenderedFile> Files(string name) => [.. Matrix.Result.Files.Where(f => f.Preset == name)];

    private static IEnumerable<k8s.Models.V1PodSpec> PodSpecs(RenderedFile file) => file.Output.Id switch
    {
        "build-pod" => [Parsed.Pod(file.Content).Spec],
        "arc-values" => [Parsed.ArcTemplate(file.Content).Spec],
        "arc-hook-template" => [Parsed.PodTemplate(Parsed.ConfigMap(file.Content).Data["job.yaml"]).Spec],
        _ => [],
    };
}
