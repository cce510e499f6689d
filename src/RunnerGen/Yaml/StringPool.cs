using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace RunnerGen.Yaml;

/// <summary>
/// One instance of each short string while a file is read: the keys and the repeated values of 100,000 runners
/// (<c>url</c>, <c>executor</c>, <c>image</c>...) are then held once, not once per runner.
/// </summary>
internal sealed class StringPool
{
    private const int MaxLength = 256;
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);

    /// <summary>The pooled instance equal to <paramref name="text"/> (null stays null).</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public string? Shared(string? text)
    {
        if (text is null || text.Length > MaxLength)
        {
            return text;
        }

        ref var pooled = ref CollectionsMarshal.GetValueRefOrAddDefault(strings, text, out var exists);
        if (!exists)
        {
            pooled = text;
        }

        return pooled!;
    }
}
