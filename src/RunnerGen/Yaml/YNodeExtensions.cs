namespace RunnerGen.Yaml;

/// <summary>Reading helpers for checks that walk a document: every step may be missing.</summary>
public static class YNodeExtensions
{
    /// <summary>The mapping under <paramref name="key"/>, or null.</summary>
    public static YMapping? Map(this YNode? node, string key) => (node as YMapping)?[key] as YMapping;

    /// <summary>The items of the list under <paramref name="key"/>, or none.</summary>
    public static IReadOnlyList<YNode> Items(this YNode? node, string key) => ((node as YMapping)?[key] as YSequence)?.Items ?? [];

    /// <summary>The scalar under <paramref name="key"/> (not null-valued), or null.</summary>
    public static YScalar? Scalar(this YNode? node, string key) => (node as YMapping)?[key] is YScalar { IsNull: false } s ? s : null;

    /// <summary>The text under <paramref name="key"/>, or null.</summary>
    public static string? Text(this YNode? node, string key) => node.Scalar(key)?.Value;

    /// <summary>A YAML or TOML boolean under <paramref name="key"/>, or null when missing or not a boolean.</summary>
    public static bool? Flag(this YNode? node, string key) => node.Scalar(key) is { IsPlain: true } s
        ? s.Value.ToLowerInvariant() switch { "true" => true, "false" => false, _ => null }
        : null;

    /// <summary>The whole number under <paramref name="key"/>, or null.</summary>
    public static long? Number(this YNode? node, string key) =>
        node.Scalar(key) is { IsPlain: true } s && long.TryParse(s.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The texts of the list under <paramref name="key"/>.</summary>
    public static IEnumerable<YScalar> Texts(this YNode? node, string key) => node.Items(key).OfType<YScalar>();
}
