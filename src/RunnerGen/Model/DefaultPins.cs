using System.Text.RegularExpressions;
using RunnerGen.Diagnostics;
using RunnerGen.Yaml;

namespace RunnerGen.Model;

/// <summary>
/// The default images and action pins, read from <c>pins.yaml</c> at the repository root (embedded in the assembly):
/// one file to bump, whose effect the golden files show. A broken file is a bug in runnergen, not a user error.
/// </summary>
public static partial class DefaultPins
{
    private const string Resource = "pins.yaml";
    private static readonly Lazy<(IReadOnlyList<KeyValuePair<string, string>> Images, IReadOnlyList<KeyValuePair<string, string>> Actions)> Loaded = new(Load);
    private static readonly Lazy<IReadOnlyList<KeyValuePair<string, BinaryPin>>> LoadedBinaries = new(() => ParseBinaries(ReadResource(), Resource));
    private static readonly Lazy<IReadOnlyList<KeyValuePair<string, ChartPin>>> LoadedCharts = new(() => ParseCharts(ReadResource(), Resource));

    /// <summary>The default builder images by key, as <c>image:tag</c> (or <c>image:tag@digest</c>), in file order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Images => Loaded.Value.Images;

    /// <summary>Action name to <c>owner/repo@sha # version</c>, in file order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Actions => Loaded.Value.Actions;

    /// <summary>The pinned cosign release binary (<c>binaries.cosign</c>).</summary>
    public static BinaryPin Cosign => LoadedBinaries.Value.Single(b => b.Key == "cosign").Value;

    /// <summary>The pinned Helm chart by <c>charts</c> key (<c>gitlabRunner</c>).</summary>
    public static ChartPin Chart(string key) => LoadedCharts.Value.Single(c => c.Key == key).Value;

    /// <summary>Parses the <c>charts</c> of a pins file; throws with the file's position on anything missing.</summary>
    public static IReadOnlyList<KeyValuePair<string, ChartPin>> ParseCharts(string text, string file)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlDocumentLoader.Load(text, file, diagnostics) as YMapping;
        var charts = root?.Map("charts") ?? throw new InvalidOperationException($"{file}: no charts");
        return [.. charts.Entries.Select(e => new KeyValuePair<string, ChartPin>(e.Key, new ChartPin(
            Required(e.Value, "chart", file), Required(e.Value, "repository", file), Required(e.Value, "version", file))))];
    }

    /// <summary>Parses the <c>binaries</c> of a pins file; throws with the file's position on anything missing or malformed.</summary>
    public static IReadOnlyList<KeyValuePair<string, BinaryPin>> ParseBinaries(string text, string file)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlDocumentLoader.Load(text, file, diagnostics) as YMapping;
        var binaries = root?.Map("binaries") ?? throw new InvalidOperationException($"{file}: no binaries");
        var built = new List<KeyValuePair<string, BinaryPin>>();
        foreach (var entry in binaries.Entries)
        {
            var amd64 = Required(entry.Value, "sha256Amd64", file);
            var arm64 = Required(entry.Value, "sha256Arm64", file);
            if (!Sha256().IsMatch(amd64) || !Sha256().IsMatch(arm64))
            {
                throw new InvalidOperationException($"{file}: binaries.{entry.Key}: a sha256 must be 64 lower-case hex digits");
            }

            built.Add(new(entry.Key, new BinaryPin(Required(entry.Value, "version", file), amd64, arm64)));
        }

        return built.Any(b => b.Key == "cosign") ? built : throw new InvalidOperationException($"{file}: no binary 'cosign'");
    }

    /// <summary>Parses the text of a pins file; throws with the file's position on anything missing or malformed.</summary>
    public static (IReadOnlyList<KeyValuePair<string, string>> Images, IReadOnlyList<KeyValuePair<string, string>> Actions) Parse(string text, string file)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlDocumentLoader.Load(text, file, diagnostics) as YMapping;
        if (diagnostics.HasErrors || root is null)
        {
            throw new InvalidOperationException($"{file} is not a YAML mapping: {string.Join("; ", diagnostics.Sorted())}");
        }

        var images = root.Map("images") ?? throw new InvalidOperationException($"{file}: no images");
        var built = new List<KeyValuePair<string, string>>();
        foreach (var entry in images.Entries)
        {
            var reference = $"{Required(entry.Value, "image", file)}:{Required(entry.Value, "tag", file)}";
            built.Add(new(entry.Key, entry.Value.Text("digest") is { } digest ? $"{reference}@{digest}" : reference));
        }

        if (!built.Any(i => i.Key == PresetKeys.ActionsRunner))
        {
            throw new InvalidOperationException($"{file}: no image '{PresetKeys.ActionsRunner}'");
        }

        var actions = new List<KeyValuePair<string, string>>();
        foreach (var entry in (root.Map("actions") ?? throw new InvalidOperationException($"{file}: no actions")).Entries)
        {
            var sha = Required(entry.Value, "sha", file);
            if (!FullSha().IsMatch(sha))
            {
                throw new InvalidOperationException($"{file}: actions.{entry.Key}.sha must be a full 40-character commit SHA");
            }

            actions.Add(new(entry.Key, $"{Required(entry.Value, "action", file)}@{sha} # {Required(entry.Value, "version", file)}"));
        }

        return (built, actions);
    }

    private static (IReadOnlyList<KeyValuePair<string, string>>, IReadOnlyList<KeyValuePair<string, string>>) Load() =>
        Parse(ReadResource(), Resource);

    private static string ReadResource()
    {
        using var stream = typeof(DefaultPins).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in {typeof(DefaultPins).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Required(YNode? node, string key, string file) =>
        node.Text(key) ?? throw new InvalidOperationException($"{node?.Location.ToString() ?? file}: '{key}' is missing");

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex FullSha();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256();
}
