using RunnerGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RunnerGen.Yaml;

/// <summary>Multi-document YAML (<c>---</c> separated), for files people bring to <c>audit</c>.</summary>
public static partial class YamlDocumentLoader
{
    /// <summary>
    /// Parses every document of a YAML stream, with positions in the whole file. Returns null and reports RG0001 when
    /// any part of the stream is not valid YAML: a file is read whole or not at all. Empty documents are left out.
    /// </summary>
    public static IReadOnlyList<YNode>? LoadAll(string text, string file, DiagnosticBag diagnostics)
    {
        var reader = new Reader(new Parser(new StringReader(text)), file, 0, 0);
        var documents = new List<YNode>();
        try
        {
            reader.Expect<StreamStart>();
            while (!reader.Accept<StreamEnd>(out _))
            {
                reader.Expect<DocumentStart>();
                var node = reader.Node();
                reader.Expect<DocumentEnd>();
                if (node is not YScalar { IsNull: true })
                {
                    documents.Add(node);
                }
            }

            return documents;
        }
        catch (YamlException ex)
        {
            diagnostics.Error(DiagnosticIds.YamlSyntax, reader.At(ex.Start), $"invalid YAML: {Describe(ex)}");
            return null;
        }
    }
}
