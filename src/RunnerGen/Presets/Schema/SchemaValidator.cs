using System.Globalization;
using RunnerGen.Diagnostics;
using RunnerGen.Yaml;

namespace RunnerGen.Presets.Schema;

/// <summary>Checks a YAML tree against a schema and reports every problem with its position.</summary>
public sealed class SchemaValidator(DiagnosticBag diagnostics, bool checkRequired)
{
    /// <summary>Validates <paramref name="node"/> as <paramref name="schema"/>; <paramref name="path"/> names it in messages.</summary>
    public void Validate(YNode node, SchemaNode schema, string path)
    {
        switch (schema)
        {
            case ObjectSchema obj:
                ValidateObject(node, obj, path);
                break;
            case ArraySchema array:
                ValidateArray(node, array, path);
                break;
            case StringSchema str:
                if (ExpectScalar(node, schema, path) is { } s)
                {
                    ValidateString(s, str, path);
                }

                break;
            case EnumSchema enumeration:
                if (ExpectScalar(node, schema, path) is { } e && !enumeration.Values.Contains(e.Value))
                {
                    diagnostics.Error(DiagnosticIds.InvalidEnumValue, e.Location, $"invalid value '{Printable(e.Value)}' for {path}: must be {enumeration.Expected}.", Suggestions.DidYouMean(e.Value, enumeration.Values));
                }

                break;
            case IntegerSchema integer:
                if (ExpectScalar(node, schema, path) is { } i)
                {
                    if (!i.IsPlain || !int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                    {
                        diagnostics.Error(DiagnosticIds.WrongType, i.Location, $"{path} must be {integer.Expected}; found '{Printable(i.Value)}'.");
                    }
                    else if (value < integer.Minimum || value > integer.Maximum)
                    {
                        diagnostics.Error(DiagnosticIds.InvalidValue, i.Location, $"{path} must be {integer.Expected}; found {value}.");
                    }
                }

                break;
            case BooleanSchema:
                if (ExpectScalar(node, schema, path) is { } b && ParseBoolean(b) is null)
                {
                    diagnostics.Error(DiagnosticIds.WrongType, b.Location, $"{path} must be true or false; found '{Printable(b.Value)}'.");
                }

                break;
            default:
                throw new InvalidOperationException($"unknown schema node {schema.GetType().Name}");
        }
    }

    /// <summary>Reads a YAML boolean (<c>true</c>/<c>false</c>, any case), or null.</summary>
    public static bool? ParseBoolean(YScalar scalar) => scalar.IsPlain
        ? scalar.Value.ToLowerInvariant() switch { "true" => true, "false" => false, _ => null }
        : null;

    /// <summary>Shows control characters as escapes so a message stays on one line.</summary>
    public static string Printable(string value)
    {
        var shown = value.Length > 60 ? value[..60] + "…" : value;
        return string.Concat(shown.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
    }

    private void ValidateObject(YNode node, ObjectSchema schema, string path)
    {
        if (node is not YMapping mapping)
        {
            diagnostics.Error(DiagnosticIds.WrongType, node.Location, $"{Name(path)} must be a mapping; found {node.KindName}.");
            return;
        }

        foreach (var entry in mapping.Entries)
        {
            var property = schema.Find(entry.Key);
            var childPath = path.Length == 0 ? entry.Key : $"{path}.{entry.Key}";
            if (property is null)
            {
                var where = path.Length == 0 ? "a preset" : path;
                diagnostics.Error(DiagnosticIds.UnknownKey, entry.KeyLocation, $"unknown key '{Printable(entry.Key)}' in {where}.", Suggestions.DidYouMean(entry.Key, schema.Properties.Select(p => p.Key)));
                continue;
            }

            Validate(entry.Value, property.Type, childPath);
        }

        if (!checkRequired)
        {
            return;
        }

        foreach (var property in schema.Properties.Where(p => p.Required && mapping.Find(p.Key) is null))
        {
            var childPath = path.Length == 0 ? property.Key : $"{path}.{property.Key}";
            var hint = property.Type is EnumSchema e ? $" It is {e.Expected}." : string.Empty;
            diagnostics.Error(DiagnosticIds.MissingRequired, mapping.Location, $"missing required key '{childPath}'.{hint}");
        }
    }

    private void ValidateArray(YNode node, ArraySchema schema, string path)
    {
        if (node is not YSequence sequence)
        {
            diagnostics.Error(DiagnosticIds.WrongType, node.Location, $"{path} must be a list; found {node.KindName}.");
            return;
        }

        if (sequence.Items.Count < schema.MinItems)
        {
            diagnostics.Error(DiagnosticIds.InvalidValue, sequence.Location, $"{path} needs at least {schema.MinItems} item(s).");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < sequence.Items.Count; index++)
        {
            var item = sequence.Items[index];
            Validate(item, schema.Items, $"{path}[{index}]");
            if (schema.UniqueItems && item is YScalar scalar && !seen.Add(scalar.Value))
            {
                diagnostics.Error(DiagnosticIds.InvalidValue, item.Location, $"{path} lists '{Printable(scalar.Value)}' twice.");
            }
        }
    }

    private void ValidateString(YScalar scalar, StringSchema schema, string path)
    {
        var value = scalar.Value;
        if (!schema.Multiline && value.Any(IsLineBreakOrControl))
        {
            diagnostics.Error(DiagnosticIds.InvalidValue, scalar.Location, $"{path} must be a single line without control characters; found '{Printable(value)}'.");
            return;
        }

        if (value.Length > schema.MaxLength)
        {
            diagnostics.Error(DiagnosticIds.InvalidValue, scalar.Location, $"{path} is {value.Length} characters long; at most {schema.MaxLength} are allowed.");
            return;
        }

        if (value.Length == 0)
        {
            diagnostics.Error(DiagnosticIds.InvalidValue, scalar.Location, $"{path} must not be empty.");
            return;
        }

        if (schema.Pattern is { } pattern && !pattern.IsMatch(value))
        {
            diagnostics.Error(DiagnosticIds.InvalidValue, scalar.Location, $"invalid value '{Printable(value)}' for {path}: expected {schema.PatternHint}.");
        }
    }

    private YScalar? ExpectScalar(YNode node, SchemaNode schema, string path)
    {
        if (node is YScalar { IsNull: false } scalar)
        {
            return scalar;
        }

        diagnostics.Error(DiagnosticIds.WrongType, node.Location, $"{path} must be {schema.Expected}; found {node.KindName}.");
        return null;
    }

    private static string Name(string path) => path.Length == 0 ? "a preset" : path;

    private static bool IsLineBreakOrControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085';
}
