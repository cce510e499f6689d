using RunnerGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RunnerGen.Yaml;

/// <summary>Parses YAML text into <see cref="YNode"/>s, turning syntax errors into diagnostics.</summary>
public static class YamlDocumentLoader
{
    /// <summary>Parses one document. Returns null and reports RG0001 when the text is not valid YAML.</summary>
    public static YNode? Load(string text, string file, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var location = new SourceLocation(file, (int)ex.Start.Line, (int)ex.Start.Column);
            diagnostics.Error(DiagnosticIds.YamlSyntax, location, $"invalid YAML: {Describe(ex)}");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new YMapping(new SourceLocation(file, 1, 1), []);
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            diagnostics.Error(DiagnosticIds.YamlSyntax, new SourceLocation(file, (int)second.Line, (int)second.Column), "a preset file holds one YAML document; found more than one");
            return null;
        }

        return Convert(stream.Documents[0].RootNode, file, diagnostics);
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (…): "; the position is printed separately.
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    private static YNode Convert(YamlNode node, string file, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(file, (int)node.Start.Line, (int)node.Start.Column);
        switch (node)
        {
            case YamlScalarNode scalar:
                return new YScalar(location, scalar.Value ?? string.Empty, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any);
            case YamlSequenceNode sequence:
                return new YSequence(location, [.. sequence.Children.Select(c => Convert(c, file, diagnostics))]);
            case YamlMappingNode mapping:
                var entries = new List<YEntry>();
                foreach (var (key, value) in mapping.Children)
                {
                    var keyLocation = new SourceLocation(file, (int)key.Start.Line, (int)key.Start.Column);
                    if (key is not YamlScalarNode { Value: { } keyText })
                    {
                        diagnostics.Error(DiagnosticIds.WrongType, keyLocation, "mapping keys must be plain strings");
                        continue;
                    }

                    entries.Add(new YEntry(keyText, keyLocation, Convert(value, file, diagnostics)));
                }

                return new YMapping(location, entries);
            default:
                diagnostics.Error(DiagnosticIds.YamlSyntax, location, "unsupported YAML node");
                return new YScalar(location, string.Empty, true);
        }
    }
}
