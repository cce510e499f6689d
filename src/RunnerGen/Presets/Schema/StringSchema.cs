using System.Text.RegularExpressions;

namespace RunnerGen.Presets.Schema;

/// <summary>A string. Single-line by default: a newline or control character is an error.</summary>
public sealed record StringSchema(string Description, Regex? Pattern = null, string? PatternHint = null, int MaxLength = 1024, bool Multiline = false)
    : SchemaNode(Description)
{
    /// <inheritdoc />
    public override string Expected => "a string";
}
