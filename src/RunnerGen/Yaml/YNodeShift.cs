using RunnerGen.Diagnostics;

namespace RunnerGen.Yaml;

/// <summary>Moves a tree parsed from text embedded in another file to the place it has in that file.</summary>
public static class YNodeShift
{
    /// <summary>
    /// The same tree with every position moved down <paramref name="lines"/> lines and right <paramref name="columns"/>
    /// columns (the text was a block scalar's content, indented by that much).
    /// </summary>
    public static YNode By(YNode node, int lines, int columns) => node switch
    {
        YScalar s => s with { Location = Move(s.Location, lines, columns) },
        YSequence seq => new YSequence(Move(seq.Location, lines, columns), [.. seq.Items.Select(i => By(i, lines, columns))]),
        YMapping map => By(map, lines, columns),
        _ => node,
    };

    /// <summary>The mapping with every position moved (see <see cref="By(YNode, int, int)"/>).</summary>
    public static YMapping By(YMapping map, int lines, int columns) =>
        new(Move(map.Location, lines, columns), [.. map.Entries.Select(e => new YEntry(e.Key, Move(e.KeyLocation, lines, columns), By(e.Value, lines, columns)))]);

    private static SourceLocation Move(SourceLocation at, int lines, int columns) =>
        at.Line <= 0 ? at : at with { Line = at.Line + lines, Column = at.Column + columns };
}
