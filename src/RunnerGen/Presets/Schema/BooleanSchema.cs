
namespace RunnerGen.Presets.Schema;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BooleanSchema(string Description) : SchemaNode(Description)
{
    /// <inheritdoc />
    public override string Expected => "true or false";
}
