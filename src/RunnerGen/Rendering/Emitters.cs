using System.Globalization;
using RunnerGen.Formats;
using Scriban.Runtime;

namespace RunnerGen.Rendering;

/// <summary>
/// The functions templates call to write values: <c>yaml.str</c>, <c>yaml.list</c>, <c>toml.str</c>,
/// <c>toml.list</c>, <c>sh.word</c>, <c>gh.str</c>, <c>gh.list</c>, <c>yaml.block</c>, <c>helm.literal</c>, <c>hcl.str</c>, <c>hcl.list</c>, <c>text.concat</c> and <c>text.indent</c>. Escaping is decided here, once per format.
/// </summary>
public static class Emitters
{
    /// <summary>Adds the emitter namespaces to <paramref name="globals"/>.</summary>
    public static void Register(ScriptObject globals)
    {
        globals["yaml"] = Namespace(
            new ScriptFunction("yaml.str", 1, a => YamlEmitter.String(Text(a[0]))),
            new ScriptFunction("yaml.list", 1, a => YamlEmitter.Array(Texts(a[0]))),
            new ScriptFunction("yaml.block", 2, a => a[1] is int n and >= 1 and <= 64 ? YamlBlockEmitter.Block(Text(a[0]), n) : throw new ArgumentException("block takes text and a number of spaces (1 to 64)")));
        globals["toml"] = Namespace(
            new ScriptFunction("toml.str", 1, a => TomlEmitter.String(Text(a[0]))),
            new ScriptFunction("toml.list", 1, a => TomlEmitter.Array(Texts(a[0]))));
        globals["sh"] = Namespace(
            new ScriptFunction("sh.word", 1, a => ShellEmitter.Word(Text(a[0]))));
        // text.concat joins text (two pieces or more) and keeps the result a preset value, so it still has to go
        // through an emitter. text.indent indents rendered text (an include), as Helm's nindent: partials are written
        // at column 0 and indented where they are included.
        globals["text"] = Namespace(
            new ScriptFunction("text.concat", 2, a => new PresetText(string.Concat(a.Select(Text))), variadic: true),
            new ScriptFunction("text.indent", 2, a => Rendered(a[0]) is { } s && a[1] is int n and >= 0 and <= 64 ? Indent(s, n) : throw new ArgumentException("indent takes rendered text (an include or a capture) and a number of spaces (0 to 64)")),
            new ScriptFunction("text.trim_end", 1, a => a[0] is string s ? s.TrimEnd() : throw new ArgumentException("trim_end takes rendered text, not a preset value")));
        globals["gh"] = Namespace(
            new ScriptFunction("gh.str", 1, a => GithubExpressionEmitter.String(Text(a[0]))),
            new ScriptFunction("gh.list", 1, a => YamlEmitter.Array(Texts(a[0]).Select(GithubExpressionEmitter.Literal))));
        // yaml.block writes multi-line text (a rendered config.toml) as a literal block scalar whose lines are indented
        // by the given number of spaces; helm.literal escapes text that Helm passes through tpl and keeps it a preset
        // value, so it still goes through yaml.block or yaml.str.
        globals["helm"] = Namespace(
            new ScriptFunction("helm.literal", 1, a => new PresetText(HelmTemplateEmitter.Literal(Text(a[0])))));
        globals["hcl"] = Namespace(
            new ScriptFunction("hcl.str", 1, a => HclEmitter.String(Text(a[0]))),
            new ScriptFunction("hcl.list", 1, a => HclEmitter.Array(Texts(a[0]))));
    }

    private static ScriptObject Namespace(params ScriptFunction[] functions)
    {
        var ns = new ScriptObject();
        foreach (var function in functions)
        {
            // "yaml.str" is registered as "str" inside the "yaml" object.
            ns.SetValue(function.Name[(function.Name.IndexOf('.', StringComparison.Ordinal) + 1)..], function, readOnly: true);
        }

        return ns;
    }

    /// <summary>Indents every line of <paramref name="text"/> that is not empty by <paramref name="spaces"/> spaces.</summary>
    public static string Indent(string text, int spaces)
    {
        var pad = new string(' ', spaces);
        return string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? line : pad + line));
    }

    /// <summary>Text a template rendered (an include's result, a capture), never a preset value.</summary>
    private static string? Rendered(object? value) => value switch
    {
        string s => s,
        StringBuilderOutput output => output.ToString(),
        _ => null,
    };

    private static string Text(object? value) => value switch
    {
        PresetText text => text.Value,
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        null => throw new ArgumentException("the value is null (a misspelt model key?)"),
        _ => throw new ArgumentException($"cannot write a {value.GetType().Name} as text"),
    };

    private static IEnumerable<string> Texts(object? value) => value is IEnumerable<object?> items && value is not string
        ? items.Select(Text)
        : throw new ArgumentException("expected a list");
}
