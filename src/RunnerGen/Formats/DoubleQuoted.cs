using System.Globalization;
using System.Text;

namespace RunnerGen.Formats;

/// <summary>
/// A double-quoted string as TOML basic strings and YAML double-quoted scalars both read it: the escapes
/// <c>\" \\ \b \t \n \f \r</c>, and <c>\uXXXX</c> for every other control character, line or paragraph separator and
/// byte-order mark. In both formats nothing inside such a string can end it or start a key, an item or a comment.
/// </summary>
public static class DoubleQuoted
{
    /// <summary>The quoted, escaped string.</summary>
    public static string Of(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
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
}
