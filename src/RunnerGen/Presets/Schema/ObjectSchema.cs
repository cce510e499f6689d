
namespace RunnerGen.Presets.Schema;

/// <summary>A mapping with known keys; any other key is an error.</summary>
public sealed record ObjectSchema(string Description, IReadOnlyList<PropertySchema> Properties) : SchemaNode(Description)
{
    /// <inheritdoc />
    public override string Expected => "a mapping";

    /// <summary>The property with this key, or null.</summary>
    public PropertySchema? Find(string key) => Properties.FirstOrDefault(p => p.Key == key);
}
