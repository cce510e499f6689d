using RunnerGen.Diagnostics;

namespace RunnerGen.Yaml;

/// <summary>
/// A YAML node that remembers where it came from. Presets are merged across files by <c>extends</c>,
/// so every node carries its own file, and errors point at the file that actually holds the value.
/// </summary>
public abstract record YNode(SourceLocation Location)
{
    /// <summary>A short word for the node's kind, used in "expected X, found Y" messages.</summary>
    public abstract string KindName { get; }
}
