namespace RunnerGen.Formats;

/// <summary>Writes values for POSIX shells.</summary>
public static class ShellEmitter
{
    /// <summary>One shell word, single-quoted: the shell expands nothing inside it.</summary>
    public static string Word(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or ':' or '=' or '@' or ',' or '+')
            ? value
            : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
