namespace RunnerGen.Yaml;

/// <summary>Skips TOML strings and comments in raw text, for the scanners that look at TOML before (or instead of) a parser.</summary>
internal static class TomlStrings
{
    /// <summary>
    /// When a comment or a string opens at <paramref name="i"/>, moves <paramref name="i"/> to its last character
    /// (counting the newlines a string spans) and returns true; otherwise leaves everything as it is.
    /// </summary>
    public static bool SkipTrivia(string text, ref int i, ref int line, ref int lineStart)
    {
        switch (text[i])
        {
            case '#':
                while (i + 1 < text.Length && text[i + 1] != '\n')
                {
                    i++;
                }

                return true;
            case '"' or '\'':
                i = Skip(text, i, ref line, ref lineStart);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The index of the last character of the string that opens at <paramref name="start"/> (a basic or literal
    /// string, one-line or multi-line), counting the newlines it spans into <paramref name="line"/> and
    /// <paramref name="lineStart"/>. A one-line string cut by a newline ends before it; an unterminated one at the end.
    /// </summary>
    public static int Skip(string text, int start, ref int line, ref int lineStart)
    {
        var quote = text[start];
        var triple = start + 2 < text.Length && text[start + 1] == quote && text[start + 2] == quote;
        var i = start + (triple ? 3 : 1);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (!triple)
                {
                    return i - 1;
                }

                line++;
                lineStart = i + 1;
            }
            else if (c == '\\' && quote == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    line++;
                    lineStart = i + 2;
                }

                i++;
            }
            else if (c == quote && (!triple || (i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote)))
            {
                // A closing """ may be followed by up to two more quotes that belong to the string.
                if (triple)
                {
                    i += 2;
                    while (i + 1 < text.Length && text[i + 1] == quote)
                    {
                        i++;
                    }
                }

                return i;
            }
        }

        return text.Length;
    }
}
