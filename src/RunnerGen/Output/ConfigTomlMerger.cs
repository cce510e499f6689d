using RunnerGen.Diagnostics;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace RunnerGen.Output;

/// <summary>
/// Merges one generated <c>[[runners]]</c> into a live GitLab Runner config.toml, as text: every other runner and the
/// global section stay byte for byte, and the runner's registered credentials (<c>id</c>, <c>token</c>,
/// <c>token_obtained_at</c>, <c>token_expires_at</c>) are carried over from the live file.
/// </summary>
public static class ConfigTomlMerger
{
    private const string Marker = "# Runner managed by runnergen from ";
    private static readonly string[] Credentials = ["id", "token", "token_obtained_at", "token_expires_at"];

    /// <summary>The merged text. Throws <see cref="RunnerGenException"/> (RG0207) when <paramref name="existing"/> does not parse.</summary>
    /// <param name="existing">The live config.toml.</param>
    /// <param name="existingPath">Its path, for messages.</param>
    /// <param name="generated">The config.toml runnergen rendered for the preset.</param>
    /// <param name="runnerName">The runner's name, which matches it in the live file.</param>
    /// <param name="source">The preset file, named in a comment above the runner.</param>
    public static string Merge(string existing, string existingPath, string generated, string runnerName, string source)
    {
        existing = existing.ReplaceLineEndings("\n");
        var document = SyntaxParser.Parse(existing, existingPath);
        if (document.HasErrors)
        {
            var first = document.Diagnostics[0];
            throw new RunnerGenException(new Diagnostic(DiagnosticIds.ConfigUnparsable, Severity.Error, new SourceLocation(existingPath, first.Span.Start.Line + 1, first.Span.Start.Column + 1), $"not valid TOML: {first.Message}; the file is left untouched."));
        }

        var blocks = RunnerBlocks(document, existing);
        var match = blocks.FirstOrDefault(b => b.Name == runnerName);
        var block = RunnerBlock(generated, source);
        if (match is not null)
        {
            block = CarryCredentials(block, match.Credentials);
            var start = match.Start;
            var previous = LineStart(existing, start - 1);
            if (start > 0 && existing[previous..start].StartsWith(Marker, StringComparison.Ordinal))
            {
                start = previous;
            }

            return existing[..start] + block + (match.End < existing.Length ? "\n" : string.Empty) + existing[match.End..].TrimStart('\n');
        }

        var separator = existing.Length == 0 || existing.EndsWith("\n\n", StringComparison.Ordinal) ? string.Empty : existing.EndsWith('\n') ? "\n" : "\n\n";
        return existing + separator + block;
    }

    private sealed record Block(string Name, int Start, int End, IReadOnlyList<string> Credentials);

    private static List<Block> RunnerBlocks(DocumentSyntax document, string text)
    {
        var tables = document.Tables.ToList();
        var blocks = new List<Block>();
        for (var i = 0; i < tables.Count; i++)
        {
            if (tables[i] is not TableArraySyntax array || KeyText(array.Name!) != "runners")
            {
                continue;
            }

            var end = text.Length;
            for (var j = i + 1; j < tables.Count; j++)
            {
                var name = KeyText(tables[j].Name!);
                if (tables[j] is TableArraySyntax && name == "runners" || !name.StartsWith("runners.", StringComparison.Ordinal))
                {
                    end = LineStart(text, tables[j].Span.Start.Offset);
                    break;
                }
            }

            var items = array.Items.OfType<KeyValueSyntax>().ToList();
            var runnerName = items.FirstOrDefault(kv => KeyText(kv.Key!) == "name")?.Value is StringValueSyntax s ? s.Value ?? string.Empty : string.Empty;
            var credentials = items.Where(kv => Credentials.Contains(KeyText(kv.Key!)))
                .Select(kv => Line(text, kv.Span.Start.Offset).Trim())
                .ToList();
            blocks.Add(new Block(runnerName, LineStart(text, array.Span.Start.Offset), end, credentials));
        }

        return blocks;
    }

    private static string RunnerBlock(string generated, string source)
    {
        var start = generated.IndexOf("[[runners]]", StringComparison.Ordinal);
        var block = generated[start..].TrimEnd('\n') + "\n";
        return $"{Marker}{source} (runnergen apply); other runners are left as they are.\n{block}";
    }

    private static string CarryCredentials(string block, IReadOnlyList<string> credentials)
    {
        if (credentials.Count == 0)
        {
            return block;
        }

        var lines = block.Split('\n').ToList();
        var token = lines.FindIndex(l => l.TrimStart().StartsWith("token =", StringComparison.Ordinal));
        var liveToken = credentials.FirstOrDefault(c => c.StartsWith("token =", StringComparison.Ordinal) || c.StartsWith("token=", StringComparison.Ordinal));
        if (liveToken is not null)
        {
            lines[token] = "  " + liveToken;
            var comment = lines.FindIndex(l => l.TrimStart().StartsWith("# The URL and the authentication token", StringComparison.Ordinal));
            if (comment >= 0 && comment + 1 < token)
            {
                lines[comment] = "  # The URL is read from the environment; the token below is this runner's registered one, kept by runnergen apply.";
                lines.RemoveAt(comment + 1);
                token--;
            }
        }

        var others = credentials.Where(c => c != liveToken).Select(c => "  " + c).ToList();
        lines.InsertRange(token + 1, others);
        return string.Join('\n', lines);
    }

    private static string KeyText(KeySyntax key) =>
        string.Join('.', new[] { key.Key! }.Concat(key.DotKeys.Select(d => d.Key!)).Select(k => k switch
        {
            BareKeySyntax bare => bare.Key!.Text ?? string.Empty,
            StringValueSyntax quoted => quoted.Value ?? string.Empty,
            _ => k.ToString() ?? string.Empty,
        }));

    private static int LineStart(string text, int offset) => offset <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(offset, text.Length) - 1) + 1;

    private static string Line(string text, int offset)
    {
        var start = LineStart(text, offset);
        var end = text.IndexOf('\n', start);
        return end < 0 ? text[start..] : text[start..end];
    }
}
