using DiffPlex.Renderer;

namespace RunnerGen.Output;

/// <summary>Unified diffs, as git and code review tools show them.</summary>
public static class UnifiedDiff
{
    /// <summary>The diff from <paramref name="before"/> to <paramref name="after"/> (null: the file is absent) for <paramref name="path"/>.</summary>
    public static string Of(string path, string? before, string? after)
    {
        var text = UnidiffRenderer.GenerateUnidiff(before ?? string.Empty, after ?? string.Empty, before is null ? "/dev/null" : $"a/{path}", after is null ? "/dev/null" : $"b/{path}", false, false, 3);
        return text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }
}
