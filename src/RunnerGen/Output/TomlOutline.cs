using System.Text.RegularExpressions;
using Tomlyn.Parsing;
using RunnerGen.Yaml;
using Tomlyn.Syntax;

namespace RunnerGen.Output;

/// <summary>
/// The table headers of a TOML file, found in one pass that skips strings, comments and multi-line arrays, so that
/// <c>apply</c> can find the runner it edits in a large config.toml without building a syntax tree of all of it.
/// </summary>
internal static partial class TomlOutline
{
    /// <summary>Every table header, in order.</summary>
    public static List<TomlHeader> Headers(string text)
    {
        var headers = new List<TomlHeader>();
        var depth = 0;
        var line = 1;
        var lineStart = 0;
        var atLineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (atLineStart && c is ' ' or '\t' or '\r')
            {
                continue;
            }

            if (atLineStart && c == '[' && depth == 0)
            {
                var end = text.IndexOf('\n', i);
                end = end < 0 ? text.Length : end;
                var start = text.LastIndexOf('\n', i) + 1;
                var header = text[i..end].TrimEnd('\r');
                headers.Add(new TomlHeader(start, line, header.StartsWith("[[", StringComparison.Ordinal), Name(header)));
                i = end - 1;
                atLineStart = false;
                continue;
            }

            atLineStart = false;
            if (TomlStrings.SkipTrivia(text, ref i, ref line, ref lineStart))
            {
                continue;
            }

            switch (c)
            {
                case '\n':
                    line++;
                    atLineStart = true;
                    break;
                case '[' or '{':
                    depth++;
                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return headers;
    }

    /// <summary>The value of a runner's <c>name</c> key in its own section (before its first sub-table), or an empty string.</summary>
    public static string RunnerName(string text, int start, int end)
    {
        var match = NameLine().Match(text, start, end - start);
        if (!match.Success)
        {
            return string.Empty;
        }

        if (match.Groups["literal"].Success)
        {
            return match.Groups["literal"].Value;
        }

        var basic = match.Groups["basic"].Value;
        if (!basic.Contains('\\', StringComparison.Ordinal))
        {
            return basic;
        }

        var document = SyntaxParser.Parse($"x = \"{basic}\"\n", "name", validate: false);
        return document.KeyValues.FirstOrDefault()?.Value is StringValueSyntax { Value: { } value } ? value : basic;
    }

    private static string Name(string header)
    {
        var simple = SimpleHeader().Match(header);
        if (simple.Success)
        {
            return string.Join('.', simple.Groups["name"].Value.Split('.').Select(p => p.Trim(' ', '\t')));
        }

        var document = SyntaxParser.Parse(header + "\n", "header", validate: false);
        var table = document.Tables.FirstOrDefault();
        return table?.Name is { } key
            ? string.Join('.', new[] { key.Key! }.Concat(key.DotKeys.Select(d => d.Key!)).Select(k => k switch
            {
                BareKeySyntax bare => bare.Key!.Text ?? string.Empty,
                StringValueSyntax quoted => quoted.Value ?? string.Empty,
                _ => k.ToString() ?? string.Empty,
            }))
            : header;
    }

    [GeneratedRegex(@"^\[\[?[ \t]*(?<name>[A-Za-z0-9_-]+(?:[ \t]*\.[ \t]*[A-Za-z0-9_-]+)*)[ \t]*\]\]?[ \t]*(?:#.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SimpleHeader();

    [GeneratedRegex(@"^[ \t]*(?:name|""name""|'name')[ \t]*=[ \t]*(?:""(?<basic>(?:[^""\\\r\n]|\\.)*)""|'(?<literal>[^'\r\n]*)')", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NameLine();
}
