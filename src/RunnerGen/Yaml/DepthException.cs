using YamlDotNet.Core;

namespace RunnerGen.Yaml;

/// <summary>Stops reading a YAML document that nests deeper than <see cref="InputFile.MaxDepth"/>.</summary>
internal sealed class DepthException(Mark start) : Exception("nested too deep")
{
    /// <summary>Where the level past the limit starts.</summary>
    public Mark Start { get; } = start;
}
