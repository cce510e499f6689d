using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Policy;
using RunnerGen.Yaml;

namespace RunnerGen.Tests.Policy;

public sealed class HelmTemplateTextTests
{
    [Fact]
    public void Templated_toml_parses_with_unknown_values_on_the_same_lines()
    {
        const string text = "[[runners]]\n  {{- if .Values.x }}\n  executor = {{ .Values.executor | quote }}\n  name = \"{{ .Release.Name }}-runner\"\n  {{- end }}\n  limit = {{ .Values.limit }} # {{ not touched }}\n{{- /* a comment\n spanning lines */}}\n";

        var neutral = HelmTemplateText.Neutralise(text);
        var bag = new DiagnosticBag();
        var root = TomlDocumentLoader.Load(neutral, "values.yaml", bag);

        Assert.Equal(text.Count(c => c == '\n'), neutral.Count(c => c == '\n'));
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        var runner = Assert.IsType<YMapping>(root!.Items("runners")[0]);
        Assert.False(runner.Scalar("executor")!.IsPlain);
        Assert.Equal(3, runner.Scalar("executor")!.Location.Line);
        Assert.Equal("{{ .Release.Name }}-runner", runner.Text("name"));
        Assert.Equal(6, runner.Scalar("limit")!.Location.Line);
        Assert.Null(runner.Flag("limit"));
    }

    [Fact]
    public void Text_without_templates_is_left_alone()
    {
        const string text = "[[runners]]\n  executor = \"docker\"\n";

        Assert.Equal(text, HelmTemplateText.Neutralise(text));
        Assert.False(HelmTemplateText.IsTemplated(text));
    }
}
