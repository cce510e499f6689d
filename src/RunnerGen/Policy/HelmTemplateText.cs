using System.Text;
using System.Text.RegularExpressions;
using RunnerGen.Model;

namespace RunnerGen.Policy;

/// <summary>
/// Helm template text (<c>{{ ... }}</c>) inside a config.toml string, made into TOML whose templated values are
/// unknown: a line that is only an action (<c>{{- if … }}</c>, <c>{{ end }}</c>, an include) is blanked, and an
/// expression where a value belongs becomes a string, which no rule reads as <c>true</c> or as a host path.
/// Lines keep their numbers, so findings point at the right line of the values file.
/// </summary>
public static partial class HelmTemplateText
{
    /// <summary>True when <paramref name="text"/> holds a template expression.</summary>
    public static bool IsTemplated(string text) => text.Contains("{{", StringComparison.Ordinal);

    /// <summary>The text with every template expression neutralised.</summary>
    public static string Neutralise(string text)
    {
        var lines = Expression().Replace(text, m => m.Value.Contains('\n', StringComparison.Ordinal) ? new string('\n', m.Value.Count(c => c == '\n')) : m.Value).Split('\n');
        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.StartsWith("{{", StringComparison.Ordinal) && trimmed.EndsWith("}}", StringComparison.Ordinal) && Expression().Matches(trimmed).Count == 1 && Expression().Match(trimmed).Length == trimmed.Length)
            {
                line = string.Empty;
            }
            else
            {
                line = Expression().Replace(line, m => InsideString(line, m.Index) ? m.Value : "\"" + m.Value.Replace('"', '\'').Replace('\\', '/') + "\"");
            }

            result.Append(line);
            if (i < lines.Length - 1)
            {
                result.Append('\n');
            }
        }

        return result.ToString();
    }

    private static bool InsideString(string line, int index)
    {
        var inDouble = false;
        var inSingle = false;
        for (var i = 0; i < index; i++)
        {
            var c = line[i];
            if (c == '\\' && inDouble)
            {
                i++;
            }
            else if (c == '"' && !inSingle)
            {
                inDouble = !inDouble;
            }
            else if (c == '\'' && !inDouble)
            {
                inSingle = !inSingle;
            }
            else if (c == '#' && !inDouble && !inSingle)
            {
                return true;
            }
        }

        return inDouble || inSingle;
    }

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex Expression();
}
