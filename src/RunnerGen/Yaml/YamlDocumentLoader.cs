using RunnerGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RunnerGen.Yaml;

/// <summary>Parses YAML text into <see cref="YNode"/>s, turning syntax errors into diagnostics.</summary>
public static class YamlDocumentLoader
{
    /// <summary>Parses one document. Returns null and reports RG0001 when the text is not valid YAML.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="file">File name for positions.</param>
    /// <param name="diagnostics">Where syntax errors go.</param>
    /// <param name="lineOffset">Lines before <paramref name="text"/> in the file (for YAML embedded in a block scalar).</param>
    /// <param name="columnOffset">Columns before <paramref name="text"/> on each line.</param>
    public static YNode? Load(string text, string file, DiagnosticBag diagnostics, int lineOffset = 0, int columnOffset = 0)
    {
        var offset = (Line: lineOffset, Column: columnOffset);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var location = new SourceLocation(file, (int)ex.Start.Line + offset.Line, (int)ex.Start.Column + offset.Column);
            diagnostics.Error(DiagnosticIds.YamlSyntax, location, $"invalid YAML: {Describe(ex)}");
            return null;
        }
        catch (ArgumentException ex)
        {
            // Older YamlDotNet paths report a duplicate mapping key this way, without a position.
            diagnostics.Error(DiagnosticIds.YamlSyntax, new SourceLocation(file, 1 + offset.Line, 1 + offset.Column), $"invalid YAML: {ex.Message}");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new YMapping(new SourceLocation(file, 1, 1), []);
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            diagnostics.Error(DiagnosticIds.YamlSyntax, new SourceLocation(file, (int)second.Line + offset.Line, (int)second.Column + offset.Column), "a file holds one YAML document; found more than one");
            return null;
        }

        return Convert(stream.Documents[0].RootNode, file, offset, diagnostics);
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (…): "; the position is printed separately.
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    private static YNode Convert(YamlNode node, string file, (int Line, int Column) offset, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(file, (int)node.Start.Line + offset.Line, (int)node.Start.Column + offset.Column);
        switch (node)
        {
            case YamlScalarNode scalar:
                return new YScalar(location, scalar.Value ?? string.Empty, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any);
            case YamlSequenceNode sequence:
                return new YSequence(location, [.. sequence.Children.Select(c => Convert(c, file, offset, diagnostics))]);
            case YamlMappingNode mapping:
                var entries = new List<YEntry>();
                foreach (var (key, value) in mapping.Children)
                {
                    var keyLocation = new SourceLocation(file, (int)key.Start.Line + offset.Line, (int)key.Start.Column + offset.Column);
                    if (key is not YamlScalarNode { Value: { } keyText })
                    {
                        diagnostics.Error(DiagnosticIds.WrongType, keyLocation, "mapping keys must be plain strings");
                        continue;
                    }

                    entries.Add(new YEntry(keyText, keyLocation, Convert(value, file, offset, diagnostics)));
                }

                return new YMapping(location, entries);
            default:
                diagnostics.Error(DiagnosticIds.YamlSyntax, location, "unsupported YAML node");
                return new YScalar(location, string.Empty, true);
        }
    }
}
