
namespace RunnerGen.Presets.Schema;

/// <summary>A key of an object, its type, and the default people read in the docs.</summary>
public sealed record PropertySchema(string Key, SchemaNode Type, bool Required = false, string? Default = null);
