using RunnerGen.Diagnostics;
using Tomlyn;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace RunnerGen.Yaml;

/// <summary>
/// Reads TOML into the same positioned <see cref="YNode"/> tree as YAML, so the policy checks config.toml with the
/// line of every key, without reflection.
/// </summary>
public static class TomlDocumentLoader
{
    private static readonly TomlSerializerOptions Options = new() { MaxDepth = InputFile.MaxDepth };

    /// <summary>
    /// Parses <paramref name="text"/>; returns null and reports a positioned diagnostic when it is not valid TOML or
    /// nests deeper than <see cref="InputFile.MaxDepth"/>. Never throws for any input.
    /// </summary>
    public static YMapping? Load(string text, string file, DiagnosticBag diagnostics)
    {
        if (TomlDepth.Exceeds(text, InputFile.MaxDepth) is { } deep)
        {
            diagnostics.Error(DiagnosticIds.NestingTooDeep, new SourceLocation(file, deep.Line, deep.Column), $"nests deeper than {InputFile.MaxDepth} levels, the most runnergen reads.");
            return null;
        }

        try
        {
            var document = SyntaxParser.Parse(text, Options, file, validate: true);
            if (document.HasErrors)
            {
                var first = document.Diagnostics.First(d => d.Kind == DiagnosticMessageKind.Error);
                diagnostics.Error(DiagnosticIds.RenderedFileInvalid, new SourceLocation(file, first.Span.Start.Line + 1, first.Span.Start.Column + 1), $"invalid TOML: {first.Message}");
                return null;
            }

            return Build(document, file);
        }
        catch (TomlException ex)
        {
            diagnostics.Error(DiagnosticIds.RenderedFileInvalid, new SourceLocation(file, Math.Max(ex.Line ?? 1, 1), Math.Max(ex.Column ?? 1, 1)), $"invalid TOML: {ex.Message}");
            return null;
        }
        catch (ShapeException ex)
        {
            diagnostics.Error(DiagnosticIds.RenderedFileInvalid, ex.Location, $"invalid TOML: {ex.Message}");
            return null;
        }
    }

    private static YMapping Build(DocumentSyntax document, string file)
    {
        var root = new Table(At(file, document));
        foreach (var keyValue in document.KeyValues)
        {
            Add(root, keyValue, file);
        }

        foreach (var table in document.Tables)
        {
            var path = Keys(table.Name!);
            var location = At(file, table);
            Table target;
            if (table is TableArraySyntax)
            {
                var parent = Descend(root, path[..^1], location);
                if (!parent.Entries.TryGetValue(path[^1], out var existing) || existing.Value is not List<Table> list)
                {
                    list = [];
                    parent.Entries[path[^1]] = (location, list);
                    parent.Order.Add(path[^1]);
                }

                target = new Table(location);
                list.Add(target);
            }
            else
            {
                target = Descend(root, path, location);
            }

            foreach (var item in table.Items)
            {
                if (item is KeyValueSyntax keyValue)
                {
                    Add(target, keyValue, file);
                }
            }
        }

        return root.Freeze();
    }

    private static void Add(Table table, KeyValueSyntax keyValue, string file)
    {
        var path = Keys(keyValue.Key!);
        var target = Descend(table, path[..^1], At(file, keyValue));
        target.Entries[path[^1]] = (At(file, keyValue), Value(keyValue.Value!, file));
        target.Order.Add(path[^1]);
    }

    private static object Value(ValueSyntax value, string file) => value switch
    {
        StringValueSyntax s => new YScalar(At(file, s), s.Value ?? string.Empty, false),
        BooleanValueSyntax b => new YScalar(At(file, b), b.Value ? "true" : "false", true),
        IntegerValueSyntax i => new YScalar(At(file, i), i.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), true),
        ArraySyntax a => new YSequence(At(file, a), [.. a.Items.Select(item => Value(item.Value!, file)).Select(v => v as YNode ?? ((Table)v).Freeze())]),
        InlineTableSyntax t => Inline(t, file),
        _ => new YScalar(At(file, value), value.ToString() ?? string.Empty, true),
    };

    private static Table Inline(InlineTableSyntax inline, string file)
    {
        var table = new Table(At(file, inline));
        foreach (var item in inline.Items)
        {
            Add(table, item.KeyValue!, file);
        }

        return table;
    }

    private static Table Descend(Table table, string[] path, SourceLocation location)
    {
        foreach (var key in path)
        {
            if (!table.Entries.TryGetValue(key, out var entry))
            {
                var child = new Table(location);
                table.Entries[key] = (location, child);
                table.Order.Add(key);
                table = child;
            }
            else
            {
                table = entry.Value switch
                {
                    Table t => t,
                    List<Table> list => list[^1],
                    _ => throw new ShapeException(location, $"'{key}' is a value, not a table"),
                };
            }
        }

        return table;
    }

    private static string[] Keys(KeySyntax key) =>
        [KeyText(key.Key!), .. key.DotKeys.Select(d => KeyText(d.Key!))];

    private static string KeyText(BareKeyOrStringValueSyntax key) => key switch
    {
        BareKeySyntax bare => bare.Key!.Text ?? string.Empty,
        StringValueSyntax quoted => quoted.Value ?? string.Empty,
        _ => key.ToString() ?? string.Empty,
    };

    private static SourceLocation At(string file, SyntaxNode node) => new(file, node.Span.Start.Line + 1, node.Span.Start.Column + 1);

    private sealed class Table(SourceLocation location)
    {
        public Dictionary<string, (SourceLocation Location, object Value)> Entries { get; } = new(StringComparer.Ordinal);

        public List<string> Order { get; } = [];

        public YMapping Freeze() => new(location, [.. Order.Distinct().Select(key =>
        {
            var (at, value) = Entries[key];
            YNode node = value switch
            {
                Table t => t.Freeze(),
                List<Table> list => new YSequence(at, [.. list.Select(t => t.Freeze())]),
                YNode n => n,
                _ => throw new InvalidOperationException(),
            };
            return new YEntry(key, at, node);
        })]);
    }
}
