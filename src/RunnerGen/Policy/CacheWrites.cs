using System.Text.RegularExpressions;

namespace RunnerGen.Policy;

/// <summary>How a script writes a registry layer cache (BuildKit, buildx, Buildah, Kaniko), for the push-credentials rule on every platform.</summary>
internal static partial class CacheWrites
{
    /// <summary>A cache-writing flag in a command line.</summary>
    [GeneratedRegex(@"--cache-to\b|--export-cache\b|--cache=true\b|--cache-repo\b")]
    public static partial Regex InCommand();
}
