using System.Globalization;
using System.Text;

namespace RunnerGen.Formats;

/// <summary>
/// Writes values into HCL (Terraform) files. A quoted HCL string is a template: besides quotes, backslashes and
/// line breaks, <c>${</c> (interpolation) and <c>%{</c> (directives) are special and are written <c>$${</c> and
/// <c>%%{</c>, which HCL reads back as the two characters.
/// </summary>
public static class HclEmitter
{
    /// <summary>A quoted HCL string that reads back as exactly <paramref name="value"/>.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var next = i + 1 < value.Length ? value[i + 1] : '\0';
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '$' when next == '{': builder.Append("$$"); break;
                case '%' when next == '{': builder.Append("%%"); break;
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

    /// <summary>A one-line HCL list of strings.</summary>
    public static string Array(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(String)) + "]";
}
