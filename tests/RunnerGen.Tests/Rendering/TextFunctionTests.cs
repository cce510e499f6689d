using RunnerGen.Rendering;
using Scriban;
using Scriban.Runtime;

namespace RunnerGen.Tests.Rendering;

/// <summary><c>text.concat</c> (any number of pieces, the result still a preset value) and <c>text.indent</c> (for closed partials).</summary>
public sealed class TextFunctionTests
{
    [Fact]
    public void Concat_takes_several_pieces_and_the_result_still_needs_an_emitter()
    {
        Assert.Equal("\"a:b\\\"c:latest\"", Render("{{ yaml.str (text.concat \"a:\" x \":latest\") }}", "b\"c"));
        Assert.Contains("the preset value", RenderError("{{ text.concat \"a\" x \"b\" }}", "v"), StringComparison.Ordinal);
        Assert.Contains("Invalid number of arguments", RenderError("{{ yaml.str (text.concat \"a\") }}", "v"), StringComparison.Ordinal);
    }

    [Fact]
    public void Indent_indents_every_line_that_is_not_empty_and_takes_no_preset_value()
    {
        Assert.Equal("  a:\n    b: 1\n\n  c: 2\n", Render("{{ \"a:\\n  b: 1\\n\\nc: 2\\n\" | text.indent 2 }}", "v"));
        Assert.Contains("indent takes rendered text", RenderError("{{ x | text.indent 2 }}", "v"), StringComparison.Ordinal);
    }

    private static string Render(string text, string x)
    {
        var context = Context(x);
        return Template.Parse(text).Render(context);
    }

    private static string RenderError(string text, string x)
    {
        try
        {
            Template.Parse(text).Render(Context(x));
            return string.Empty;
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            return ex.Message;
        }
    }

    private static StrictTemplateContext Context(string x)
    {
        var context = new StrictTemplateContext();
        var globals = new ScriptObject();
        Emitters.Register(globals);
        globals["x"] = new PresetText(x);
        context.PushGlobal(globals);
        return context;
    }
}
