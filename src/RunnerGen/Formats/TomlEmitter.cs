using System.Globalization;
using System.Text;

namespace RunnerGen.Formats;

/// <summary>Writes values as TOML.</summary>
public static class TomlEmitter
{
    /// <summary>A TOML basic string: quotes, backslashes and every control character escaped.</summary>
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
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029')
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

    /// <summary>A one-line TOML array of strings.</summary>
    public static string Array(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(String)) + "]";
}
