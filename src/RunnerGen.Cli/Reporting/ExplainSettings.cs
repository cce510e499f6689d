using System.Text.Json;
using RunnerGen.Model;

namespace RunnerGen.Cli.Reporting;

/// <summary>
/// What <c>explain</c> says about the runner's distributed cache and the ARC scale set: where the cache lives, how
/// its credentials reach the runner, and the container mode, group, labels and storage class of the scale set.
/// </summary>
public static class ExplainSettings
{
    /// <summary>The text lines, each a label and its text; none for a preset without a cache or a scale set.</summary>
    public static IReadOnlyList<(string Label, string Text)> Lines(Preset preset)
    {
        var lines = new List<(string, string)>();
        if (preset.Targets(Platform.Gitlab) && preset.Runner.Cache is { } cache)
        {
            var credentials = cache.CredentialsSecret is { } secret
                ? $"Secret {secret} ({string.Join(", ", cache.SecretItems.Select(Item))})"
                : "the runner's cloud identity (no key written)";
            lines.Add(("Cache", $"{cache.Type} bucket {cache.Bucket} at {cache.Path}, not shared with other runners; credentials: {credentials}"));
        }

        if (Arc(preset) is { } arc)
        {
            lines.Add(("ARC", arc));
        }

        return lines;
    }

    /// <summary>Writes <c>cache</c> and <c>arc</c> (null when the preset has none).</summary>
    public static void WriteJson(Utf8JsonWriter w, Preset preset)
    {
        if (preset.Targets(Platform.Gitlab) && preset.Runner.Cache is { } cache)
        {
            w.WriteStartObject("cache");
            w.WriteString("type", cache.Type);
            w.WriteString("bucket", cache.Bucket);
            w.WriteString("path", cache.Path);
            w.WriteBoolean("shared", false);
            w.WriteString("address", cache.Address);
            w.WriteString("region", cache.Region);
            w.WriteString("roleArn", cache.RoleArn);
            w.WriteString("account", cache.Account);
            w.WriteString("credentialsSecret", cache.CredentialsSecret);
            w.WriteStartArray("secretItems");
            foreach (var item in cache.SecretItems)
            {
                w.WriteStartObject();
                w.WriteString("secretKey", item.SecretKey);
                w.WriteString("env", item.EnvVar);
                w.WriteString("file", item.FilePath);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("cache");
        }

        if (preset.Targets(Platform.Github) && preset.Executor == Executor.Kubernetes)
        {
            var definition = StrategyCatalog.Current.Get(preset.Strategy);
            w.WriteStartObject("arc");
            w.WriteString("containerMode", definition.ArcMode == "kubernetes" ? preset.Github.ContainerMode : null);
            w.WriteString("runnerGroup", preset.Github.RunnerGroup);
            w.WriteStartArray("scaleSetLabels");
            foreach (var label in preset.Github.ScaleSetLabels)
            {
                w.WriteStringValue(label);
            }

            w.WriteEndArray();
            w.WriteString("storageClassName", preset.Github.StorageClassName);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("arc");
        }
    }

    private static string? Arc(Preset preset)
    {
        if (!preset.Targets(Platform.Github) || preset.Executor != Executor.Kubernetes)
        {
            return null;
        }

        var definition = StrategyCatalog.Current.Get(preset.Strategy);
        var github = preset.Github;
        var mode = definition.ArcMode != "kubernetes"
            ? $"a written-out runner pod template ({definition.Id} runs its daemon beside the runner)"
            : github.ContainerMode == "kubernetes-novolume"
                ? "containerMode kubernetes-novolume (no work volume claim)"
                : $"containerMode kubernetes, work volume claim in {(github.StorageClassName is { } storageClass ? $"StorageClass {storageClass}" : "the default StorageClass")}";
        var labels = github.ScaleSetLabels.Count == 0 ? "no extra labels" : $"labels {string.Join(", ", github.ScaleSetLabels)}";
        return $"{mode}; runner group {github.RunnerGroup ?? "Default"}; {labels}";
    }

    private static string Item(CacheSecretItem item) =>
        item.EnvVar is { } env ? $"{item.SecretKey} -> ${env}" : $"{item.SecretKey} -> file {item.FilePath}";
}
