namespace RunnerGen.Yaml;

/// <summary>
/// Finds where TOML nests arrays and inline tables deeper than a limit, before the recursive parser sees it: a scan
/// that skips strings and comments and counts brackets.
/// </summary>
internal static class TomlDepth
{
    /// <summary>The 1-based line and column of the first bracket past <paramref name="limit"/>, or null.</summary>
    public static (int Line, int Column)? Exceeds(string text, int limit)
    {
        var depth = 0;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (TomlStrings.SkipTrivia(text, ref i, ref line, ref lineStart))
            {
                continue;
            }

            switch (c)
            {
                case '\n':
                    line++;
                    lineStart = i + 1;
                    break;
                case '[' or '{':
                    if (++depth > limit)
                    {
                        return (line, i - lineStart + 1);
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }
}
