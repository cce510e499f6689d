using RunnerGen.Diagnostics;

namespace RunnerGen.Yaml;

/// <summary>A sequence of nodes.</summary>
public sealed record YSequence(SourceLocation Location, IReadOnlyList<YNode> Items) : YNode(Location)
{
    /// <inheritdoc />
    public override string KindName => "a list";
}
