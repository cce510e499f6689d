
namespace RunnerGen.Presets.Schema;

/// <summary>
/// The preset format, described once. The validator, the JSON Schema and the README's key table all read it,
/// so they cannot drift apart.
/// </summary>
public abstract record SchemaNode(string Description)
{
    /// <summary>What the node expects, for "expected X" messages.</summary>
    public abstract string Expected { get; }
}
