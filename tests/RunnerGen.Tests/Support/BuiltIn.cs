using RunnerGen.Generation;
using RunnerGen.Presets;
using RunnerGen.Rendering;

namespace RunnerGen.Tests.Support;

/// <summary>The built-in presets of the repository, rendered once for all tests that read them.</summary>
internal static class BuiltIn
{
    private static readonly Lazy<GenerationResult> Rendered = new(() =>
    {
        var set = PresetLoader.LoadDirectory(RepoPaths.Presets, RepoPaths.Root);
        Assert.False(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Sorted()));
        var result = new Generator(new TemplateStore()).Render(set, []);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
        return result;
    });

    public static GenerationResult Result => Rendered.Value;

    public static IReadOnlyList<RenderedFile> Files => Result.Files;

    /// <summary>Each rendered file as xunit data: its path.</summary>
    public static TheoryData<string> FilePaths()
    {
        var data = new TheoryData<string>();
        foreach (var file in Files)
        {
            data.Add(file.Path);
        }

        return data;
    }

    public static RenderedFile File(string path) => Files.Single(f => f.Path == path);
}
