using k8s;
using k8s.Models;
using RunnerGen.Rendering;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.Serialization;

namespace RunnerGen.Tests.Support;

/// <summary>Generated files parsed back by independent parsers.</summary>
internal static class Parsed
{
    public static TomlTable Toml(string text) => TomlSerializer.Deserialize<TomlTable>(text)!;

    /// <summary>YAML as plain dictionaries and lists.</summary>
    public static Dictionary<object, object> Yaml(string text) =>
        new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(text);

    /// <summary>A Pod, strictly: an unknown or misspelt field throws.</summary>
    public static V1Pod Pod(string text) => KubernetesYaml.Deserialize<V1Pod>(text, strict: true);

    /// <summary>A NetworkPolicy, strictly.</summary>
    public static V1NetworkPolicy NetworkPolicy(string text) => KubernetesYaml.Deserialize<V1NetworkPolicy>(text, strict: true);

    /// <summary>A ConfigMap, strictly.</summary>
    public static V1ConfigMap ConfigMap(string text) => KubernetesYaml.Deserialize<V1ConfigMap>(text, strict: true);

    /// <summary>A pod template (metadata + spec), strictly.</summary>
    public static V1PodTemplateSpec PodTemplate(string text) => KubernetesYaml.Deserialize<V1PodTemplateSpec>(text, strict: true);

    /// <summary>
    /// Parses a rendered file back with the independent parser for its kind (Tomlyn, YamlDotNet, strict KubernetesClient
    /// models) and checks the few facts every file of that kind must state.
    /// </summary>
    public static void Back(RenderedFile file)
    {
        switch (file.Output.Id)
        {
            case "gitlab-config":
                Assert.NotEmpty((TomlTableArray)Toml(file.Content)["runners"]);
                break;
            case "build-pod":
                var pod = Pod(file.Content);
                Assert.Equal("Pod", pod.Kind);
                Assert.False(pod.Spec.AutomountServiceAccountToken);
                Assert.NotEmpty(pod.Spec.Containers);
                break;
            case "arc-hook-template":
                var job = PodTemplate(ConfigMap(file.Content).Data["job.yaml"]);
                Assert.Contains(job.Spec.Containers, c => c.Name == "$job");
                break;
            case "arc-values":
                Assert.Contains(ArcTemplate(file.Content).Spec.Containers, c => c.Name == "runner");
                break;
            case "network-policy":
                var policy = NetworkPolicy(file.Content);
                Assert.Equal("NetworkPolicy", policy.Kind);
                Assert.Contains("Ingress", policy.Spec.PolicyTypes);
                break;
            case "gitlab-helm-values":
                var values = Yaml(file.Content);
                Assert.Equal("true", ((Dictionary<object, object>)values["rbac"])["create"]);
                var runners = (Dictionary<object, object>)values["runners"];
                Assert.NotEmpty((string)runners["secret"]);
                Assert.NotEmpty((TomlTableArray)Toml(RunnerGen.Formats.HelmTemplateEmitter.Evaluate((string)runners["config"]))["runners"]);
                break;
            case "gitlab-runner-tf":
                var hcl = RunnerGen.Formats.HclSyntax.Read(file.Content);
                Assert.Null(hcl.Problem);
                Assert.Contains("resource \"gitlab_user_runner\" \"runner\" {", file.Content, StringComparison.Ordinal);
                break;
            default:
                Assert.NotEmpty(Yaml(file.Content));
                break;
        }
    }

    /// <summary>The <c>template</c> of ARC values as a strict pod template.</summary>
    public static V1PodTemplateSpec ArcTemplate(string valuesText)
    {
        var values = Yaml(valuesText);
        var template = new SerializerBuilder().WithQuotingNecessaryStrings().Build().Serialize(values["template"]); // quoted: a "null" or "true" string stays a string
        return PodTemplate(template);
    }
}
