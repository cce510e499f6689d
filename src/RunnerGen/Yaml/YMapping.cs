using RunnerGen.Diagnostics;

namespace RunnerGen.Yaml;

/// <summary>A mapping with string keys, in document order.</summary>
public sealed record YMapping(SourceLocation Location, IReadOnlyList<YEntry> Entries) : YNode(Location)
{
    /// <inheritdoc />
    public override string KindName => "a mapping";

    /// <summary>The entry with this key, or null.</summary>
    public YEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key == key);

    /// <summary>The value under this key, or null.</summary>
    public YNode? this[string key] => Find(key)?.Value;
}
