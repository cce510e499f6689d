using System.Globalization;
using System.Text;

namespace RunnerGen.Formats;

/// <summary>Writes values as YAML.</summary>
public static class YamlEmitter
{
    /// <summary>
    /// A double-quoted YAML scalar. Double quotes are the one YAML style where every character can be written
    /// safely: nothing a value holds (<c>: </c>, <c># </c>, <c>- </c>, newlines, <c>{{</c>) can start a new key or item.
    /// </summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A flow sequence of double-quoted strings: <c>["a", "b"]</c>.</summary>
    public static string Array(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(String)) + "]";
}
