using System.Globalization;
using System.Text;

namespace RunnerGen.Formats;

/// <summary>
/// A structural reader for the HCL runnergen writes (Terraform files): comments (<c>#</c>, <c>//</c>, <c>/* */</c>),
/// quoted templates with their escapes and <c>${ }</c> / <c>%{ }</c> sequences, and balanced <c>{ } [ ] ( )</c>.
/// It proves a rendered file is well formed (every string closed, every escape known, every block closed) and reads
/// back the literal strings; it is not a full HCL parser (CI runs one, <c>@cdktf/hcl2json</c>). Heredocs are not
/// part of what runnergen writes and are reported as unsupported.
/// </summary>
public static class HclSyntax
{
    /// <summary>Reads <paramref name="text"/>.</summary>
    public static HclReadResult Read(string text)
    {
        var strings = new List<string>();
        var closers = new Stack<(char Close, int Line, int Column)>();
        var line = 1;
        var column = 1;
        var i = 0;

        HclProblem Fail(string message) => new(line, column, message);

        void Advance()
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }

            i++;
        }

        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '#' || (c == '/' && next == '/'))
            {
                while (i < text.Length && text[i] != '\n')
                {
                    Advance();
                }

                continue;
            }

            if (c == '/' && next == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return new HclReadResult(Fail("a /* comment is never closed"), strings);
                }

                while (i < end + 2)
                {
                    Advance();
                }

                continue;
            }

            if (c == '<' && next == '<')
            {
                return new HclReadResult(Fail("heredocs are not supported"), strings);
            }

            if (c == '"')
            {
                var problem = ReadString(text, ref i, ref line, ref column, strings);
                if (problem is not null)
                {
                    return new HclReadResult(problem, strings);
                }

                continue;
            }

            switch (c)
            {
                case '{': closers.Push(('}', line, column)); break;
                case '[': closers.Push((']', line, column)); break;
                case '(': closers.Push((')', line, column)); break;
                case '}' or ']' or ')':
                    if (closers.Count == 0 || closers.Peek().Close != c)
                    {
                        return new HclReadResult(Fail($"'{c}' closes nothing that is open"), strings);
                    }

                    closers.Pop();
                    break;
                default:
                    if (char.IsControl(c) && c is not '\n' and not '\t' and not '\r')
                    {
                        return new HclReadResult(Fail($"control character U+{(int)c:X4} outside a string"), strings);
                    }

                    break;
            }

            Advance();
        }

        if (closers.Count > 0)
        {
            var (close, openLine, openColumn) = closers.Peek();
            return new HclReadResult(new HclProblem(openLine, openColumn, $"opened here and never closed (expected '{close}')"), strings);
        }

        return new HclReadResult(null, strings);
    }

    private static HclProblem? ReadString(string text, ref int i, ref int line, ref int column, List<string> strings)
    {
        var startLine = line;
        var startColumn = column;
        var value = new StringBuilder();
        var literal = true;
        i++;
        column++;
        while (true)
        {
            if (i >= text.Length || text[i] == '\n')
            {
                return new HclProblem(startLine, startColumn, "a quoted string is never closed on its line");
            }

            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var afterNext = i + 2 < text.Length ? text[i + 2] : '\0';
            if (c == '"')
            {
                i++;
                column++;
                if (literal)
                {
                    strings.Add(value.ToString());
                }

                return null;
            }

            if (c == '\\')
            {
                int length;
                switch (next)
                {
                    case 'n': value.Append('\n'); length = 2; break;
                    case 'r': value.Append('\r'); length = 2; break;
                    case 't': value.Append('\t'); length = 2; break;
                    case '"': value.Append('"'); length = 2; break;
                    case '\\': value.Append('\\'); length = 2; break;
                    case 'u' when Hex(text, i + 2, 4) is { } u: value.Append(char.ConvertFromUtf32(u)); length = 6; break;
                    case 'U' when Hex(text, i + 2, 8) is { } big && big <= 0x10FFFF: value.Append(char.ConvertFromUtf32(big)); length = 10; break;
                    default: return new HclProblem(line, column, $"unknown escape sequence \\{next}");
                }

                i += length;
                column += length;
                continue;
            }

            if ((c == '$' || c == '%') && next == c && afterNext == '{')
            {
                // $${ and %%{ are the literal two characters ${ and %{.
                value.Append(c).Append('{');
                i += 3;
                column += 3;
                continue;
            }

            if ((c == '$' || c == '%') && next == '{')
            {
                // An interpolation or a directive: skip to its closing brace, strings inside it included.
                literal = false;
                var depth = 0;
                do
                {
                    if (i >= text.Length || text[i] == '\n')
                    {
                        return new HclProblem(line, column, "a ${ or %{ sequence is never closed on its line");
                    }

                    if (text[i] == '{')
                    {
                        depth++;
                    }
                    else if (text[i] == '}')
                    {
                        depth--;
                    }

                    i++;
                    column++;
                }
                while (depth > 0);
                continue;
            }

            if (char.IsControl(c) && c != '\t')
            {
                return new HclProblem(line, column, $"control character U+{(int)c:X4} in a quoted string");
            }

            value.Append(c);
            i++;
            column++;
        }
    }

    private static int? Hex(string text, int start, int length) =>
        start + length <= text.Length && int.TryParse(text.AsSpan(start, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) && (length == 8 || !char.IsSurrogate((char)value))
            ? value
            : null;
}
