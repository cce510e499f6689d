using RunnerGen.Diagnostics;
using Tomlyn;
using Tomlyn.Parsing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RunnerGen.Rendering;

/// <summary>
/// Parses every rendered file back before anything is written, so a template bug shows up as an error that names
/// the template instead of as a broken config in someone's repository.
/// </summary>
public static class OutputVerifier
{
    /// <summary>Null when the file parses; otherwise the parser's complaint and the line it points at.</summary>
    public static string? Check(string content, OutputFormat format, string name)
    {
        var (line, message) = Parse(content, format, name);
        if (message is null)
        {
            return null;
        }

        var lines = content.Split('\n');
        return line >= 1 && line <= lines.Length ? $"line {line}: {message} The line reads: {lines[line - 1].Trim()}" : message;
    }

    private static (int Line, string? Message) Parse(string content, OutputFormat format, string name)
    {
        try
        {
            switch (format)
            {
                case OutputFormat.Toml:
                    var document = SyntaxParser.ParseStrict(content, name);
                    if (document.HasErrors)
                    {
                        var first = document.Diagnostics[0];
                        return (first.Span.Start.Line + 1, first.Message);
                    }

                    break;
                case OutputFormat.Yaml:
                    new YamlStream().Load(new StringReader(content));
                    break;
            }

            return (0, null);
        }
        catch (TomlException ex)
        {
            return (ex.Line ?? 0, ex.Message);
        }
        catch (YamlException ex)
        {
            return ((int)ex.Start.Line, ex.Message);
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet reports a duplicate mapping key this way.
            return (0, ex.Message);
        }
    }
}
