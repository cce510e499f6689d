using k8s;
using k8s.Models;
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

    /// <summary>A ConfigMap, strictly.</summary>
    public static V1ConfigMap ConfigMap(string text) => KubernetesYaml.Deserialize<V1ConfigMap>(text, strict: true);

    /// <summary>A pod template (metadata + spec), strictly.</summary>
    public static V1PodTemplateSpec PodTemplate(string text) => KubernetesYaml.Deserialize<V1PodTemplateSpec>(text, strict: true);

    /// <summary>The <c>template</c> of ARC values as a strict pod template.</summary>
    public static V1PodTemplateSpec ArcTemplate(string valuesText)
    {
        var values = Yaml(valuesText);
        var template = new SerializerBuilder().Build().Serialize(values["template"]);
        return PodTemplate(template);
    }
}
