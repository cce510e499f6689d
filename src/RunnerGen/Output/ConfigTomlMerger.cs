using RunnerGen.Diagnostics;
using RunnerGen.Yaml;
using Tomlyn;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace RunnerGen.Output;

/// <summary>
/// Merges one generated <c>[[runners]]</c> into a live GitLab Runner config.toml as a minimal text edit. Only the keys
/// the preset renders change, in place: comments, blank lines, line endings, key spelling and alignment, other
/// runners, unknown tables and the runner's own sub-tables the preset does not render (<c>[runners.cache]</c> and its
/// credentials) stay byte for byte; the runner keeps its registered <c>id</c>, <c>token</c>, <c>token_obtained_at</c>
/// and <c>token_expires_at</c>. The executor sections (<c>[runners.docker…]</c>, <c>[runners.kubernetes…]</c>, <c>[runners.autoscaler…]</c>) belong
/// to the preset: their keys are set to what it renders and keys it does not render are removed, but for the VMs'
/// login (<c>password</c>, <c>key_path</c>, <c>use_static_credentials</c> of <c>[runners.autoscaler.connector_config]</c>).
/// </summary>
public static class ConfigTomlMerger
{
    private const string Marker = "# Runner managed by runnergen from ";
    private static readonly string[] Credentials = ["id", "token", "token_obtained_at", "token_expires_at"];
    private static readonly string[] OwnedSections = ["runners.docker", "runners.kubernetes", "runners.autoscaler"];

    // How the runner manager logs in to its VMs is the deployment's, never in a preset: kept like the runner's token.
    private static readonly string[] ConnectorSecrets = ["password", "key_path", "use_static_credentials"];
    private static readonly TomlSerializerOptions Options = new() { MaxDepth = InputFile.MaxDepth };

    /// <summary>
    /// The merged text and warnings (a literal url replaced). Throws <see cref="RunnerGenException"/> when
    /// <paramref name="existing"/> does not parse (RG0207), cannot be edited safely (RG0211) or the result would not
    /// parse (RG0213); nothing is written then.
    /// </summary>
    /// <param name="existing">The live config.toml.</param>
    /// <param name="existingPath">Its path, for messages.</param>
    /// <param name="generated">The config.toml runnergen rendered for the preset.</param>
    /// <param name="runnerName">The runner's name, which matches it in the live file.</param>
    /// <param name="source">The preset file, named in a comment above a runner that is added.</param>
    public static MergeResult Merge(string existing, string existingPath, string generated, string runnerName, string source)
    {
        // The whole file is checked as TOML with the event parser (no syntax tree: a 20 MB file stays cheap); the runner
        // that changes is then parsed, merged and checked again on its own. Other bytes are not touched, so the result
        // is valid TOML when the file was and the new runner block is.
        CheckSyntax(existing, existingPath);
        var newline = existing.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var headers = TomlOutline.Headers(existing);
        RefuseInline(existing, existingPath, headers);

        var blocks = Blocks(existing, headers);
        var matches = blocks.Where(b => TomlOutline.RunnerName(existing, b.Start, b.OwnEnd) == runnerName).ToList();
        if (matches.Count > 1)
        {
            throw new RunnerGenException(new Diagnostic(DiagnosticIds.ApplyAmbiguous, Severity.Error, new SourceLocation(existingPath, matches[1].Line, 1), $"two runners are named '{runnerName}' (lines {string.Join(" and ", matches.Select(m => m.Line))}); apply cannot tell which one to edit. Nothing was written.", "Rename or remove one of them."));
        }

        var ourDocument = SyntaxParser.Parse(generated, Options, "generated", validate: true);
        var ours = RunnerBlocks(ourDocument).Single();
        var warnings = new List<Diagnostic>();
        if (matches.Count == 0)
        {
            var block = (Marker + source + " (runnergen apply); other runners are left as they are.\n" + generated[LineStart(generated, ours.Header.Span.Start.Offset)..].TrimEnd('\n') + "\n").ReplaceLineEndings(newline);
            Parse(block, existingPath, DiagnosticIds.ApplyResultInvalid, "; this is a bug in runnergen's merge: nothing was written.", 0);
            var separator = existing.Length == 0 || existing.EndsWith(newline + newline, StringComparison.Ordinal) ? string.Empty : existing.EndsWith('\n') ? newline : newline + newline;
            return new MergeResult(existing + separator + block, warnings);
        }

        var match = matches[0];
        var text = existing[match.Start..match.End];
        var lines = match.Line - 1;
        var live = RunnerBlocks(Parse(text, existingPath, DiagnosticIds.ConfigUnparsable, "; the file is left untouched.", lines)).Single();
        var edits = new List<Edit>();
        MergeRunner(text, existingPath, lines, live, generated, ours, newline, edits, warnings);
        var merged = Apply(text, edits);
        Parse(merged, existingPath, DiagnosticIds.ApplyResultInvalid, "; this is a bug in runnergen's merge: nothing was written.", lines);
        return new MergeResult(string.Concat(existing.AsSpan(0, match.Start), merged, existing.AsSpan(match.End)), warnings);
    }

    /// <summary>A <c>[[runners]]</c> block of the live file: from its header line to the next table that is not one of its sub-tables; its own keys end at <see cref="OwnEnd"/>.</summary>
    private sealed record RunnerSpan(int Start, int OwnEnd, int End, int Line);

    private static List<RunnerSpan> Blocks(string text, List<TomlHeader> headers)
    {
        var blocks = new List<RunnerSpan>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (!headers[i].IsArray || headers[i].Name != "runners")
            {
                continue;
            }

            var j = i + 1;
            while (j < headers.Count && headers[j].Name.StartsWith("runners.", StringComparison.Ordinal))
            {
                j++;
            }

            var end = j < headers.Count ? headers[j].Offset : text.Length;
            var ownEnd = i + 1 < headers.Count ? Math.Min(headers[i + 1].Offset, end) : end;
            blocks.Add(new RunnerSpan(headers[i].Offset, ownEnd, end, headers[i].Line));
        }

        return blocks;
    }

    private static void CheckSyntax(string text, string path)
    {
        const string tail = "; the file is left untouched.";
        if (TomlDepth.Exceeds(text, InputFile.MaxDepth) is { } deep)
        {
            throw new RunnerGenException(new Diagnostic(DiagnosticIds.NestingTooDeep, Severity.Error, new SourceLocation(path, deep.Line, deep.Column), $"nests deeper than {InputFile.MaxDepth} levels{tail}"));
        }

        try
        {
            var parser = TomlParser.Create(text, new TomlParserOptions { Mode = TomlParserMode.Tolerant, CaptureTrivia = false, DecodeScalars = false }, Options);
            while (parser.MoveNext())
            {
            }

            if (parser.HasErrors)
            {
                var first = parser.Diagnostics.First(d => d.Kind == DiagnosticMessageKind.Error);
                throw new RunnerGenException(new Diagnostic(DiagnosticIds.ConfigUnparsable, Severity.Error, new SourceLocation(path, first.Span.Start.Line + 1, first.Span.Start.Column + 1), $"not valid TOML: {first.Message}{tail}"));
            }
        }
        catch (TomlException ex)
        {
            throw new RunnerGenException(new Diagnostic(DiagnosticIds.ConfigUnparsable, Severity.Error, new SourceLocation(path, Math.Max(ex.Line ?? 1, 1), Math.Max(ex.Column ?? 1, 1)), $"not valid TOML: {ex.Message}{tail}"));
        }
    }

    private sealed record Edit(int Start, int End, string Text);

    private sealed record Block(string Name, TableArraySyntax Header, IReadOnlyList<TableSyntaxBase> SubTables);

    private static DocumentSyntax Parse(string text, string path, string id, string tail, int lines)
    {
        try
        {
            var document = SyntaxParser.Parse(text, Options, path, validate: true);
            if (document.HasErrors)
            {
                var first = document.Diagnostics.First(d => d.Kind == DiagnosticMessageKind.Error);
                throw new RunnerGenException(new Diagnostic(id, Severity.Error, new SourceLocation(path, first.Span.Start.Line + 1 + lines, first.Span.Start.Column + 1), $"not valid TOML: {first.Message}{tail}"));
            }

            return document;
        }
        catch (TomlException ex)
        {
            throw new RunnerGenException(new Diagnostic(id, Severity.Error, new SourceLocation(path, Math.Max(ex.Line ?? 1, 1) + lines, Math.Max(ex.Column ?? 1, 1)), $"not valid TOML: {ex.Message}{tail}"));
        }
    }

    private static void RefuseInline(string text, string path, List<TomlHeader> headers)
    {
        // The keys before the first table are the root's: runners = [...] or runners.x = ... live there.
        var root = Parse(text[..(headers.Count > 0 ? headers[0].Offset : text.Length)], path, DiagnosticIds.ConfigUnparsable, "; the file is left untouched.", 0);
        var inline = root.KeyValues.FirstOrDefault(kv => KeyText(kv.Key!) == "runners" || KeyText(kv.Key!).StartsWith("runners.", StringComparison.Ordinal)) is { } kv
            ? (kv.Span.Start.Line + 1, kv.Span.Start.Column + 1)
            : headers.FirstOrDefault(h => !h.IsArray && h.Name == "runners") is { } table ? (table.Line, 1) : ((int, int)?)null;
        if (inline is { } at)
        {
            throw new RunnerGenException(new Diagnostic(DiagnosticIds.ApplyAmbiguous, Severity.Error, new SourceLocation(path, at.Item1, at.Item2), "runners are written inline (runners = [...] or [runners]); apply only edits [[runners]] tables, so it cannot change this file safely. Nothing was written.", "Write each runner as a [[runners]] table, as gitlab-runner itself does."));
        }
    }

    private static List<Block> RunnerBlocks(DocumentSyntax document)
    {
        var tables = document.Tables.ToList();
        var blocks = new List<Block>();
        for (var i = 0; i < tables.Count; i++)
        {
            if (tables[i] is not TableArraySyntax array || KeyText(array.Name!) != "runners")
            {
                continue;
            }

            var subTables = new List<TableSyntaxBase>();
            for (var j = i + 1; j < tables.Count && KeyText(tables[j].Name!).StartsWith("runners.", StringComparison.Ordinal); j++)
            {
                subTables.Add(tables[j]);
            }

            var name = Items(array).FirstOrDefault(kv => KeyText(kv.Key!) == "name")?.Value is StringValueSyntax s ? s.Value ?? string.Empty : string.Empty;
            blocks.Add(new Block(name, array, subTables));
        }

        return blocks;
    }

    private static void MergeRunner(string text, string path, int lines, Block live, string generated, Block ours, string newline, List<Edit> edits, List<Diagnostic> warnings)
    {
        // The runner's own keys: set what the preset renders, keep its credentials and every key the preset does not know.
        var liveItems = Items(live.Header);
        var missing = new List<string>();
        foreach (var item in Items(ours.Header))
        {
            var key = KeyText(item.Key!);
            var value = Source(generated, item.Value!);
            var match = liveItems.FirstOrDefault(kv => KeyText(kv.Key!) == key);
            if (match is null)
            {
                missing.Add($"{key} = {value}");
            }
            else if (!Credentials.Contains(key) && Source(text, match.Value!) != value)
            {
                if (key == "url" && match.Value is StringValueSyntax { Value: { } url } && !url.Contains("${", StringComparison.Ordinal))
                {
                    warnings.Add(new Diagnostic(DiagnosticIds.ApplyUrlChanged, Severity.Warning, new SourceLocation(path, match.Span.Start.Line + 1 + lines, match.Span.Start.Column + 1), $"the runner's url \"{SecretRedactor.Inline(url)}\" is replaced by {value}, read from the environment when the runner starts (GitLab Runner 18.10+).", "Set that variable for the runner's service, or keep the literal url in the preset's runner settings."));
                }

                edits.Add(Replace(match.Value!, value));
            }
        }

        // Dotted keys into an executor section (kubernetes.privileged = true) belong to the preset like the section.
        foreach (var item in liveItems.Where(kv => OwnedSections.Any(s => KeyText(kv.Key!).StartsWith(s["runners.".Length..] + ".", StringComparison.Ordinal))))
        {
            edits.Add(new Edit(LineStart(text, item.Span.Start.Offset), LineEnd(text, End(item.Value!)), string.Empty));
        }

        Insert(text, live.Header, liveItems, missing, newline, edits);

        // The executor sections belong to the preset; every other sub-table (cache and its credentials) stays.
        var theirs = ours.SubTables.ToDictionary(t => Key(t), StringComparer.Ordinal);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in live.SubTables)
        {
            var name = Key(table);
            var owned = theirs.ContainsKey(name) || OwnedSections.Any(s => name == s || name.StartsWith(s + ".", StringComparison.Ordinal));
            if (!owned)
            {
                continue;
            }

            if (table is TableSyntax && theirs.TryGetValue(name, out var mine) && mine is TableSyntax && kept.Add(name))
            {
                MergeTable(text, table, generated, mine, newline, edits);
            }
            else
            {
                var items = Items(table);
                var end = items.Count > 0 ? LineEnd(text, End(items[^1].Value!)) : LineEnd(text, End(table.Name!));
                edits.Add(new Edit(LineStart(text, table.Span.Start.Offset), end, string.Empty));
            }
        }

        var added = ours.SubTables.Where(t => !(t is TableSyntax && kept.Contains(Key(t)))).Select(t => TableText(generated, t)).ToList();
        if (added.Count > 0)
        {
            var last = live.SubTables.Concat([(TableSyntaxBase)live.Header]).Select(t => Items(t).Count > 0 ? End(Items(t)[^1].Value!) : End(t.Name!)).Max();
            var at = LineEnd(text, last);
            var prefix = at == text.Length && !text.EndsWith('\n') ? newline : string.Empty;
            edits.Add(new Edit(at, at, prefix + string.Concat(added).ReplaceLineEndings(newline)));
        }
    }

    private static void MergeTable(string text, TableSyntaxBase live, string generated, TableSyntaxBase ours, string newline, List<Edit> edits)
    {
        var liveItems = Items(live);
        var ourItems = Items(ours).ToDictionary(kv => KeyText(kv.Key!), kv => Source(generated, kv.Value!), StringComparer.Ordinal);
        var connector = Key(live) == "runners.autoscaler.connector_config";
        foreach (var item in liveItems)
        {
            if (connector && ConnectorSecrets.Contains(KeyText(item.Key!)) && !ourItems.ContainsKey(KeyText(item.Key!)))
            {
                continue;
            }

            if (!ourItems.TryGetValue(KeyText(item.Key!), out var value))
            {
                edits.Add(new Edit(LineStart(text, item.Span.Start.Offset), LineEnd(text, End(item.Value!)), string.Empty));
            }
            else if (Source(text, item.Value!) != value)
            {
                edits.Add(Replace(item.Value!, value));
            }
        }

        var missing = Items(ours).Where(kv => !liveItems.Any(l => KeyText(l.Key!) == KeyText(kv.Key!))).Select(kv => $"{KeyText(kv.Key!)} = {Source(generated, kv.Value!)}").ToList();
        Insert(text, live, liveItems, missing, newline, edits);
    }

    private static void Insert(string text, TableSyntaxBase table, IReadOnlyList<KeyValueSyntax> items, List<string> lines, string newline, List<Edit> edits)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var indent = items.Count > 0 ? Indent(text, items[0].Span.Start.Offset) : Indent(text, table.Span.Start.Offset) + "  ";
        var at = LineEnd(text, items.Count > 0 ? End(items[^1].Value!) : End(table.Name!));
        var prefix = at == text.Length && !text.EndsWith('\n') ? newline : string.Empty;
        edits.Add(new Edit(at, at, prefix + string.Concat(lines.Select(l => indent + l + newline))));
    }

    private static string Apply(string text, List<Edit> edits)
    {
        var builder = new System.Text.StringBuilder(text.Length + 4096);
        var position = 0;
        foreach (var edit in edits.OrderBy(e => e.Start).ThenBy(e => e.End))
        {
            if (edit.Start < position)
            {
                continue;
            }

            builder.Append(text, position, edit.Start - position).Append(edit.Text);
            position = edit.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private static Edit Replace(ValueSyntax value, string text) => new(value.Span.Start.Offset, End(value), text);

    private static string TableText(string text, TableSyntaxBase table)
    {
        var items = Items(table);
        var end = items.Count > 0 ? LineEnd(text, End(items[^1].Value!)) : LineEnd(text, End(table.Name!));
        return text[LineStart(text, table.Span.Start.Offset)..end];
    }

    private static List<KeyValueSyntax> Items(TableSyntaxBase table) => [.. table.Items.OfType<KeyValueSyntax>()];

    private static string Key(TableSyntaxBase table) => KeyText(table.Name!);

    private static string Source(string text, SyntaxNode node) => text[node.Span.Start.Offset..End(node)];

    private static int End(SyntaxNode node) => node.Span.Start.Offset + node.Span.Length;

    private static string Indent(string text, int offset)
    {
        var start = LineStart(text, offset);
        var end = start;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        return text[start..end];
    }

    private static string KeyText(KeySyntax key) =>
        string.Join('.', new[] { key.Key! }.Concat(key.DotKeys.Select(d => d.Key!)).Select(k => k switch
        {
            BareKeySyntax bare => bare.Key!.Text ?? string.Empty,
            StringValueSyntax quoted => quoted.Value ?? string.Empty,
            _ => k.ToString() ?? string.Empty,
        }));

    private static int LineStart(string text, int offset) => offset <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(offset, text.Length) - 1) + 1;

    /// <summary>The offset just past the end of the line holding <paramref name="offset"/> (past its newline).</summary>
    private static int LineEnd(string text, int offset)
    {
        var end = text.IndexOf('\n', Math.Min(Math.Max(offset - 1, 0), text.Length));
        return end < 0 ? text.Length : end + 1;
    }
}
