using System.Globalization;
using RunnerGen.Formats;
using Scriban.Runtime;

namespace RunnerGen.Rendering;

/// <summary>
/// The functions templates call to write values: <c>yaml.str</c>, <c>yaml.list</c>, <c>toml.str</c>,
/// <c>toml.list</c>, <c>sh.word</c>, <c>gh.str</c>, <c>gh.list</c>, and <c>text.concat</c>. Escaping is decided here, once per format.
/// </summary>
public static class Emitters
{
    /// <summary>Adds the emitter namespaces to <paramref name="globals"/>.</summary>
    public static void Register(ScriptObject globals)
    {
        globals["yaml"] = Namespace(
            new ScriptFunction("yaml.str", 1, a => YamlEmitter.String(Text(a[0]))),
            new ScriptFunction("yaml.list", 1, a => YamlEmitter.Array(Texts(a[0]))));
        globals["toml"] = Namespace(
            new ScriptFunction("toml.str", 1, a => TomlEmitter.String(Text(a[0]))),
            new ScriptFunction("toml.list", 1, a => TomlEmitter.Array(Texts(a[0]))));
        globals["sh"] = Namespace(
            new ScriptFunction("sh.word", 1, a => ShellEmitter.Word(Text(a[0]))));
        // text.concat joins text and keeps the result a preset value, so it still has to go through an emitter.
        globals["text"] = Namespace(
            new ScriptFunction("text.concat", 2, a => new PresetText(Text(a[0]) + Text(a[1]))),
            new ScriptFunction("text.trim_end", 1, a => a[0] is string s ? s.TrimEnd() : throw new ArgumentException("trim_end takes rendered text, not a preset value")));
        globals["gh"] = Namespace(
            new ScriptFunction("gh.str", 1, a => GithubExpressionEmitter.String(Text(a[0]))),
            new ScriptFunction("gh.list", 1, a => YamlEmitter.Array(Texts(a[0]).Select(GithubExpressionEmitter.Literal))));
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
