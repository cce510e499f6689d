namespace RunnerGen.Formats;

/// <summary>Writes values as YAML.</summary>
public static class YamlEmitter
{
    /// <summary>
    /// A double-quoted YAML scalar. Double quotes are the one YAML style where every character can be written
    /// safely: nothing a value holds (<c>: </c>, <c># </c>, <c>- </c>, newlines, <c>{{</c>) can start a new key or item.
    /// </summary>
    public static string String(string value) => DoubleQuoted.Of(value);

    /// <summary>A flow sequence of double-quoted strings: <c>["a", "b"]</c>.</summary>
    public static string Array(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(String)) + "]";
}
