using RunnerGen.Diagnostics;

namespace RunnerGen.Yaml;

/// <summary>TOML that parses but whose keys do not fit together (a value used as a table); reported, never thrown out.</summary>
internal sealed class ShapeException(SourceLocation location, string message) : Exception(message)
{
    /// <summary>Where the clash is.</summary>
    public SourceLocation Location { get; } = location;
}
