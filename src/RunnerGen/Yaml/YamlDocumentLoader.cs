using RunnerGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RunnerGen.Yaml;

/// <summary>
/// Parses YAML into <see cref="YNode"/>s straight from the parser's event stream (no intermediate document model),
/// turning syntax errors and duplicate keys into positioned diagnostics.
/// </summary>
public static partial class YamlDocumentLoader
{
    /// <summary>Parses one document. Returns null and reports RG0001 when the text is not valid YAML.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="file">File name for positions.</param>
    /// <param name="diagnostics">Where syntax errors go.</param>
    /// <param name="lineOffset">Lines before <paramref name="text"/> in the file (for YAML embedded in a block scalar).</param>
    /// <param name="columnOffset">Columns before <paramref name="text"/> on each line.</param>
    public static YNode? Load(string text, string file, DiagnosticBag diagnostics, int lineOffset = 0, int columnOffset = 0)
    {
        var reader = new Reader(new Parser(new StringReader(text)), file, lineOffset, columnOffset);
        try
        {
            reader.Expect<StreamStart>();
            if (reader.Accept<StreamEnd>(out var end))
            {
                return new YMapping(reader.At(end.Start), []);
            }

            reader.Expect<DocumentStart>();
            var root = reader.Node();
            reader.Expect<DocumentEnd>();
            if (reader.Accept<DocumentStart>(out var second))
            {
                diagnostics.Error(DiagnosticIds.YamlSyntax, reader.At(second.Start), "a file holds one YAML document; found more than one");
                return null;
            }

            return root;
        }
        catch (DepthException ex)
        {
            diagnostics.Error(DiagnosticIds.NestingTooDeep, reader.At(ex.Start), $"nests deeper than {InputFile.MaxDepth} levels, the most runnergen reads.");
            return null;
        }
        catch (YamlException ex)
        {
            diagnostics.Error(DiagnosticIds.YamlSyntax, reader.At(ex.Start), $"invalid YAML: {Describe(ex)}");
            return null;
        }
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (…): "; the position is printed separately.
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    private sealed class Reader(IParser parser, string file, int lineOffset, int columnOffset)
    {
        private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);
        private int _depth;

        public SourceLocation At(Mark mark) => new(file, (int)mark.Line + lineOffset, (int)mark.Column + columnOffset);

        public void Expect<T>()
            where T : ParsingEvent
        {
            if (!parser.TryConsume<T>(out _))
            {
                var current = parser.Current;
                throw new YamlException(current?.Start ?? Mark.Empty, current?.End ?? Mark.Empty, $"expected {typeof(T).Name}, found {current?.GetType().Name ?? "the end"}");
            }
        }

        public bool Accept<T>(out T found)
            where T : ParsingEvent
        {
            return parser.TryConsume(out found!);
        }

        public YNode Node()
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                return _anchors.TryGetValue(alias.Value.Value, out var target)
                    ? target
                    : throw new YamlException(alias.Start, alias.End, $"unknown alias '*{alias.Value.Value}'");
            }

            YNode node;
            string? anchor;
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                node = new YScalar(At(scalar.Start), scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any);
                anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
            }
            else if (parser.Current is SequenceStart or MappingStart && _depth >= InputFile.MaxDepth)
            {
                throw new DepthException(parser.Current.Start);
            }
            else if (parser.TryConsume<SequenceStart>(out var sequence))
            {
                _depth++;
                var items = new List<YNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(Node());
                }

                _depth--;
                node = new YSequence(At(sequence.Start), items);
                anchor = sequence.Anchor.IsEmpty ? null : sequence.Anchor.Value;
            }
            else if (parser.TryConsume<MappingStart>(out var mapping))
            {
                _depth++;
                var entries = new List<YEntry>();
                var keys = new HashSet<string>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyStart = parser.Current!.Start;
                    if (Node() is not YScalar key)
                    {
                        throw new YamlException(keyStart, keyStart, "mapping keys must be plain strings");
                    }

                    if (!keys.Add(key.Value))
                    {
                        throw new YamlException(keyStart, keyStart, $"duplicate key '{key.Value}'");
                    }

                    entries.Add(new YEntry(key.Value, key.Location, Node()));
                }

                _depth--;
                node = new YMapping(At(mapping.Start), entries);
                anchor = mapping.Anchor.IsEmpty ? null : mapping.Anchor.Value;
            }
            else
            {
                var current = parser.Current;
                throw new YamlException(current?.Start ?? Mark.Empty, current?.End ?? Mark.Empty, "unexpected YAML content");
            }

            if (anchor is not null)
            {
                _anchors[anchor] = node;
            }

            return node;
        }
    }
}
