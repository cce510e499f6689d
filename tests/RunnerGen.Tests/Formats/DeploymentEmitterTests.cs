using RunnerGen.Formats;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Formats;

/// <summary>The emitters of the runner's deployment files: YAML block scalars, Helm tpl text and HCL strings.</summary>
public sealed class DeploymentEmitterTests
{
    public static TheoryData<string> Texts =>
    [
        "concurrent = 4\n\n[[runners]]\n  name = \"a\"\n",
        "no final newline",
        "  leading spaces\nsecond\n",
        "trailing spaces  \nx\n",
        "two blank lines\n\n\nx\n",
        "ends with blank lines\n\n",
        "\nstarts blank\n",
        "tab\tinside\n\tand at a start\n",
        "carriage\r\nreturn\n",
        "control \u0001 and \u2028\n",
        "# comment\n- item\nkey: value\n--- \n...\n",
        "{{ .Values.x }} and {{{{ and }}\n",
        "ünïcödé ✓ 日本 🚀\n",
        "x",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Yaml_blocks_read_back_exactly(string text)
    {
        var map = Parsed.Yaml($"a:\n  config: {YamlBlockEmitter.Block(text, 4)}\nb: 1\n");

        Assert.Equal(text, ((Dictionary<object, object>)map["a"])["config"]);
        Assert.Equal("1", map["b"]);
    }

    [Fact]
    public void A_normal_config_toml_is_a_readable_literal_block()
    {
        var block = YamlBlockEmitter.Block("concurrent = 4\n\n[[runners]]\n  name = \"a\"\n", 4);

        Assert.Equal("|\n    concurrent = 4\n\n    [[runners]]\n      name = \"a\"", block);
    }

    [Fact]
    public void Text_a_block_cannot_carry_exactly_is_double_quoted()
    {
        Assert.StartsWith("\"", YamlBlockEmitter.Block("trailing  \nx\n", 4), StringComparison.Ordinal);
        Assert.StartsWith("\"", YamlBlockEmitter.Block("a\r\nb\n", 4), StringComparison.Ordinal);
        Assert.StartsWith("\"", YamlBlockEmitter.Block("  indented\n", 2), StringComparison.Ordinal);
        Assert.StartsWith("|-", YamlBlockEmitter.Block("no newline", 2), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Helm_tpl_text_renders_back_exactly_and_opens_no_action_of_its_own(string text)
    {
        var escaped = HelmTemplateEmitter.Literal(text);

        Assert.Equal(text, HelmTemplateEmitter.Evaluate(escaped));
        // Every "{{" that tpl sees starts the escape action, which holds no double quote (a TOML string stays closed).
        var rest = escaped.Replace(HelmTemplateEmitter.EscapedOpen, string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", rest, StringComparison.Ordinal);
        Assert.DoesNotContain('"', HelmTemplateEmitter.EscapedOpen);
    }

    public static TheoryData<string> HclValues =>
    [
        "plain",
        "quote \" and 'single'",
        "back\\slash\\",
        "${var.secret}",
        "%{ if true }x%{ endif }",
        "$${ already escaped",
        "%%{ already escaped",
        "$$${ three",
        "lone $ and % and { }",
        "new\nline\r\nand\ttab",
        "\u0001\u001f\u007f\u2028\uFEFF",
        "# not a comment // nor this /* nor this */",
        "} ] ) closing",
        "ünïcödé ✓ 日本 🚀",
        "",
    ];

    [Theory]
    [MemberData(nameof(HclValues))]
    public void Hcl_strings_read_back_exactly_as_literals(string value)
    {
        var text = $"resource \"x\" \"y\" {{\n  description = {HclEmitter.String(value)}\n  tags = {HclEmitter.Array([value, "b"])}\n}}\n";

        var read = HclSyntax.Read(text);

        Assert.Null(read.Problem);
        // Every string is a literal (no interpolation or directive survived), and reads back as the value.
        Assert.Equal(["x", "y", value, value, "b"], read.Strings);
        Assert.DoesNotContain('\n', HclEmitter.String(value));
    }

    [Theory]
    [InlineData("a = {\n", 1, "never closed")]
    [InlineData("a = \"open\n", 1, "never closed")]
    [InlineData("a = \"\\q\"\n", 1, "unknown escape")]
    [InlineData("a = ]\n", 1, "closes nothing")]
    [InlineData("a = <<EOF\nx\nEOF\n", 1, "heredocs")]
    [InlineData("/* open\n", 1, "never closed")]
    public void Hcl_that_is_not_well_formed_is_reported_with_its_line(string text, int line, string message)
    {
        var problem = HclSyntax.Read(text).Problem;

        Assert.NotNull(problem);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hcl_interpolation_is_not_a_literal_string()
    {
        var read = HclSyntax.Read("a = \"${var.x}\"\nb = \"$${var.x}\"\n");

        Assert.Null(read.Problem);
        Assert.Equal(["${var.x}"], read.Strings);
    }
}
