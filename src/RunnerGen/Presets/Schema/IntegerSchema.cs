
namespace RunnerGen.Presets.Schema;

/// <summary>A whole number in a range.</summary>
public sealed record IntegerSchema(string Description, int Minimum, int Maximum) : SchemaNode(Description)
{
    /// <inheritdoc />
    public override string Expected => $"a whole number from {Minimum} to {Maximum}";
}
