using RunnerGen.Diagnostics;

namespace RunnerGen.Yaml;

/// <summary>A scalar. <see cref="IsPlain"/> is false for quoted scalars, which are always strings.</summary>
public sealed record YScalar(SourceLocation Location, string Value, bool IsPlain) : YNode(Location)
{
    /// <inheritdoc />
    public override string KindName => IsNull ? "null" : "a scalar";

    /// <summary>A plain <c>null</c>, <c>~</c> or empty value.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}
