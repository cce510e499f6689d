using RunnerGen.Formats;
using RunnerGen.Tests.Support;
using Tomlyn.Model;

namespace RunnerGen.Tests.Formats;

public sealed class EmitterTests
{
    public static TheoryData<string> Hostile =>
    [
        "plain",
        "quote \" and 'single'",
        "back\\slash\\",
        "new\nline\r\nand\ttab",
        "# not a comment",
        "key: value",
        "- not an item",
        "{{ scriban }}",
        "${{ github.token }}",
        "$(rm -rf /) `id` $HOME",
        "ünïcödé ✓ 日本",
        "\u0001\u001f\u007f\u2028",
        new string('x', 5000),
        "",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Toml_strings_read_back_exactly(string value)
    {
        var table = Parsed.Toml($"key = {TomlEmitter.String(value)}\nlist = {TomlEmitter.Array([value, value])}\n");

        Assert.Equal(value, table["key"]);
        Assert.Equal([value, value], ((TomlArray)table["list"]).Cast<string>());
        Assert.Equal(2, table.Count);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Yaml_strings_read_back_exactly(string value)
    {
        var map = Parsed.Yaml($"key: {YamlEmitter.String(value)}\nlist: {YamlEmitter.Array([value])}\n");

        Assert.Equal(value, map["key"]);
        Assert.Equal([value], ((List<object>)map["list"]).Cast<string>());
        Assert.Equal(2, map.Count);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Github_strings_evaluate_back_exactly_and_hold_no_live_expression_of_their_own(string value)
    {
        var written = (string)Parsed.Yaml($"key: {GithubExpressionEmitter.String(value)}\n")["key"];

        Assert.Equal(value, GithubExpressionEmitter.Evaluate(written));
        Assert.DoesNotContain("${{", written.Replace("${{ '${{' }}", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("simple", "simple")]
    [InlineData("registry.example.com/a:1", "registry.example.com/a:1")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("$(id)", "'$(id)'")]
    [InlineData("", "''")]
    public void Shell_words_are_quoted_only_when_needed(string value, string expected) =>
        Assert.Equal(expected, ShellEmitter.Word(value));
}
