namespace RunnerGen.Formats;

/// <summary>Writes values as TOML.</summary>
public static class TomlEmitter
{
    /// <summary>A TOML basic string: quotes, backslashes and every control character escaped.</summary>
    public static string String(string value) => DoubleQuoted.Of(value);

    /// <summary>A one-line TOML array of strings.</summary>
    public static string Array(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(String)) + "]";
}
