using RunnerGen.Diagnostics;
using RunnerGen.Rendering;

namespace RunnerGen.Tests.Rendering;

/// <summary>A template store can take its overrides from memory, as <c>diff</c> does for a git revision.</summary>
public sealed class TemplateStoreMemoryTests
{
    [Fact]
    public void Templates_in_memory_replace_built_in_ones_and_are_named_under_their_display()
    {
        var store = new TemplateStore(new Dictionary<string, string> { ["outputs/kubernetes/namespace.yaml.sbn"] = "kind: {{ end }}", ["extra/new.sbn"] = "a: 1\r\n" }, "templates@main");
        var diagnostics = new DiagnosticBag();

        var parsed = store.ParseAll(diagnostics);

        Assert.True(store.IsOverridden("outputs/kubernetes/namespace.yaml.sbn"));
        Assert.False(store.IsOverridden("outputs/kubernetes/build-pod.yaml.sbn"));
        Assert.Contains("extra/new.sbn", parsed.Keys);
        Assert.Contains("outputs/kubernetes/build-pod.yaml.sbn", parsed.Keys);
        Assert.Contains(diagnostics.Sorted(), d => d.ToString().StartsWith("templates@main/outputs/kubernetes/namespace.yaml.sbn(1,", StringComparison.Ordinal));
    }
}
