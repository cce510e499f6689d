
namespace RunnerGen.Presets.Schema;

/// <summary>One word out of a fixed set.</summary>
public sealed record EnumSchema(string Description, IReadOnlyList<string> Values) : SchemaNode(Description)
{
    /// <inheritdoc />
    public override string Expected => "one of " + string.Join(", ", Values.Select(v => $"'{v}'"));
}
