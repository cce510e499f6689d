using System.Globalization;
using RunnerGen.Diagnostics;
using Tomlyn;
using Tomlyn.Parsing;

namespace RunnerGen.Yaml;

/// <summary>
/// Builds the positioned tree of a TOML file from Tomlyn's event parser: no syntax tree of the whole file is held, so
/// memory stays proportional to what the policy needs (a 26 MiB config.toml with 100,000 runners included). Keys
/// that repeat and values used as tables are reported, never thrown.
/// </summary>
internal static class TomlTreeBuilder
{
    /// <summary>The tree, or null with a diagnostic.</summary>
    public static YMapping? Build(string text, string file, TomlSerializerOptions options, DiagnosticBag diagnostics)
    {
        var parser = TomlParser.Create(text, new TomlParserOptions { Mode = TomlParserMode.Tolerant, CaptureTrivia = false }, options);
        var root = new Container(new SourceLocation(file, 1, 1), isTable: true);
        var stack = new Stack<Container>();
        var strings = new StringPool();
        string? key = null;
        var keyAt = new SourceLocation(file, 1, 1);
        while (parser.MoveNext())
        {
            var e = parser.Current;
            var at = e.Line > 0 ? new SourceLocation(file, e.Line, Math.Max(e.Column, 1)) : keyAt;
            switch (e.Kind)
            {
                case TomlParseEventKind.PropertyName:
                    key = strings.Shared(parser.GetPropertyName());
                    keyAt = at;
                    break;
                case TomlParseEventKind.StartTable:
                    stack.Push(stack.Count == 0 ? root : Open(stack.Peek(), key, keyAt, isTable: true, at));
                    key = null;
                    break;
                case TomlParseEventKind.StartArray:
                    stack.Push(Open(Top(stack, root), key, keyAt, isTable: false, at));
                    key = null;
                    break;
                case TomlParseEventKind.EndTable or TomlParseEventKind.EndArray:
                    stack.TryPop(out _);
                    break;
                case TomlParseEventKind.String:
                    Add(Top(stack, root), key, keyAt, new YScalar(at, strings.Shared(parser.GetString() ?? string.Empty), false));
                    key = null;
                    break;
                case TomlParseEventKind.Boolean:
                    Add(Top(stack, root), key, keyAt, new YScalar(at, e.GetBoolean() ? "true" : "false", true));
                    key = null;
                    break;
                case TomlParseEventKind.Integer:
                    Add(Top(stack, root), key, keyAt, new YScalar(at, e.GetInt64().ToString(CultureInfo.InvariantCulture), true));
                    key = null;
                    break;
                case TomlParseEventKind.Float:
                    Add(Top(stack, root), key, keyAt, new YScalar(at, e.GetDouble().ToString("R", CultureInfo.InvariantCulture), true));
                    key = null;
                    break;
                case TomlParseEventKind.DateTime:
                    Add(Top(stack, root), key, keyAt, new YScalar(at, e.GetTomlDateTime().ToString() ?? string.Empty, true));
                    key = null;
                    break;
            }
        }

        if (parser.HasErrors)
        {
            var first = parser.Diagnostics.First(d => d.Kind == Tomlyn.Syntax.DiagnosticMessageKind.Error);
            diagnostics.Error(DiagnosticIds.RenderedFileInvalid, new SourceLocation(file, first.Span.Start.Line + 1, first.Span.Start.Column + 1), $"invalid TOML: {first.Message}");
            return null;
        }

        return (YMapping)root.Freeze();
    }

    private static Container Top(Stack<Container> stack, Container root) => stack.Count > 0 ? stack.Peek() : root;

    private static Container Open(Container parent, string? key, SourceLocation keyAt, bool isTable, SourceLocation at)
    {
        if (!parent.IsTable)
        {
            var item = new Container(at, isTable);
            parent.Add(item);
            return item;
        }

        var name = key ?? throw new ShapeException(at, "a table or array without a key");
        if (parent.TryGet(name, out var existing))
        {
            // A table opened again (a later [a.b] after [a], or [runners.x] for the last [[runners]]) continues where it was.
            return existing.Value switch
            {
                Container { IsTable: true } table when isTable => table,
                Container { IsTable: false } list when !isTable => list,
                Container { IsTable: false } list when isTable && list.Count > 0 && list.Last.Value is Container { IsTable: true } last => last,
                _ => throw new ShapeException(keyAt, $"'{name}' is defined twice"),
            };
        }

        var created = new Container(at.Line > 0 && at != keyAt ? at : keyAt, isTable);
        parent.Add(name, keyAt, created);
        return created;
    }

    private static void Add(Container parent, string? key, SourceLocation keyAt, YScalar value)
    {
        if (!parent.IsTable)
        {
            parent.Add(value);
            return;
        }

        var name = key ?? throw new ShapeException(value.Location, "a value without a key");
        if (parent.TryGet(name, out _))
        {
            throw new ShapeException(keyAt, $"duplicate key '{name}'");
        }

        parent.Add(name, keyAt, value);
    }

    /// <summary>
    /// A table or array while it is being read: one list of slots in document order (a dictionary of keys only for a
    /// table with many), so the 100,000 small tables of a large config.toml stay small. <see cref="Freeze"/> lets go
    /// of the slots as it goes, so the file is never held twice.
    /// </summary>
    private sealed class Container(SourceLocation location, bool isTable)
    {
        private const int IndexFrom = 16;
        private List<(string Key, SourceLocation KeyAt, object Value)>? slots;
        private Dictionary<string, int>? index;

        public bool IsTable { get; } = isTable;

        public int Count => slots?.Count ?? 0;

        public (string Key, SourceLocation KeyAt, object Value) Last => slots![^1];

        public void Add(object item) => (slots ??= []).Add((string.Empty, location, item));

        public void Add(string key, SourceLocation keyAt, object value)
        {
            slots ??= [];
            slots.Add((key, keyAt, value));
            if (index is not null)
            {
                index[key] = slots.Count - 1;
            }
            else if (slots.Count >= IndexFrom)
            {
                index = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < slots.Count; i++)
                {
                    index[slots[i].Key] = i;
                }
            }
        }

        public bool TryGet(string key, out (SourceLocation Location, object Value) found)
        {
            found = default;
            if (slots is null)
            {
                return false;
            }

            if (index is not null)
            {
                if (!index.TryGetValue(key, out var at))
                {
                    return false;
                }

                found = (slots[at].KeyAt, slots[at].Value);
                return true;
            }

            foreach (var slot in slots)
            {
                if (string.Equals(slot.Key, key, StringComparison.Ordinal))
                {
                    found = (slot.KeyAt, slot.Value);
                    return true;
                }
            }

            return false;
        }

        public YNode Freeze()
        {
            var taken = slots ?? [];
            slots = null;
            index = null;
            if (IsTable)
            {
                var entries = new YEntry[taken.Count];
                for (var i = 0; i < taken.Count; i++)
                {
                    entries[i] = new YEntry(taken[i].Key, taken[i].KeyAt, Node(taken[i].Value));
                    taken[i] = default;
                }

                return new YMapping(location, entries);
            }

            var items = new YNode[taken.Count];
            for (var i = 0; i < taken.Count; i++)
            {
                items[i] = Node(taken[i].Value);
                taken[i] = default;
            }

            return new YSequence(location, items);
        }

        private static YNode Node(object value) => value switch
        {
            Container container => container.Freeze(),
            YNode node => node,
            _ => throw new InvalidOperationException("unexpected TOML value"),
        };
    }
}
