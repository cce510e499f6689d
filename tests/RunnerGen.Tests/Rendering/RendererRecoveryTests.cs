using RunnerGen.Diagnostics;
using RunnerGen.Presets;
using RunnerGen.Rendering;

namespace RunnerGen.Tests.Rendering;

/// <summary>A template that fails for one preset must not leave anything behind for the next preset rendered on the same thread.</summary>
public sealed class RendererRecoveryTests
{
    [Fact]
    public void A_render_error_half_way_through_an_include_leaves_nothing_for_the_next_preset()
    {
        // The override fails for preset 'a' (the trusted one) half-way through an included partial that has already
        // written text (an unknown variable, strict mode).
        var original = File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "templates", "outputs", "kubernetes", "namespace.yaml.sbn"));
        var broken = "{{~ if trust == \"trusted\" ~}}{{ include \"strategies/_shared/boom.sbn\" }}{{~ end ~}}\n" + original;
        var store = new TemplateStore(
            new Dictionary<string, string>
            {
                ["outputs/kubernetes/namespace.yaml.sbn"] = broken,
                ["strategies/_shared/boom.sbn"] = "LEFT-BEHIND-BY-A\n{{ no_such_variable }}\n",
            },
            "memory");
        var set = PresetLoader.Load([Preset("a", "trusted"), Preset("b", "untrusted")]);
        Assert.False(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Sorted()));
        var diagnostics = new DiagnosticBag();
        using var renderer = new TemplateRenderer(store, set.Presets, diagnostics);

        renderer.Render(set.Presets.Single(p => p.Name == "a"), diagnostics);
        var b = renderer.Render(set.Presets.Single(p => p.Name == "b"), diagnostics);

        Assert.Contains(diagnostics.Sorted(), d => d.Id == DiagnosticIds.TemplateError && d.Message.Contains("preset 'a'", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Message.Contains("preset 'b'", StringComparison.Ordinal));
        var namespaceOfB = Assert.Single(b, f => f.Path == "b/kubernetes/namespace.yaml");
        Assert.DoesNotContain("LEFT-BEHIND-BY-A", namespaceOfB.Content, StringComparison.Ordinal);
        Support.Parsed.Back(namespaceOfB);
    }

    private static (string Text, string Display, string Relative) Preset(string name, string trust) =>
        ($"name: {name}\ntrust: {trust}\nstrategy: kaniko\nexecutor: kubernetes\nplatforms: [gitlab]\nimage:\n  destination: registry.example.com/team/{name}\n", $"presets/{name}.yaml", $"presets/{name}.yaml");
}
