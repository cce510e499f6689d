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

    /// <summary>The default builder images by key, as <c>image:tag</c> (or <c>image:tag@digest</c>), in file order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Images => Loaded.Value.Images;

    /// <summary>Action name to <c>owner/repo@sha # version</c>, in file order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Actions => Loaded.Value.Actions;

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

    private static (IReadOnlyList<KeyValuePair<string, string>>, IReadOnlyList<KeyValuePair<string, string>>) Load()
    {
        using var stream = typeof(DefaultPins).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in {typeof(DefaultPins).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), Resource);
    }

    private static string Required(YNode? node, string key, string file) =>
        node.Text(key) ?? throw new InvalidOperationException($"{node?.Location.ToString() ?? file}: '{key}' is missing");

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex FullSha();
}
