
namespace RunnerGen.Presets.Schema;

/// <summary>A list of items of one kind.</summary>
public sealed record ArraySchema(string Description, SchemaNode Items, bool UniqueItems = true, int MinItems = 0) : SchemaNode(Description)
{
    /// <inheritdoc />
    public override string Expected => "a list";
}
