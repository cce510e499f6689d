using RunnerGen.Rendering;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Snapshots;

/// <summary>
/// Golden files for every strategy × executor × trust level (<see cref="Matrix"/>), one readable file per combination in
/// <c>Snapshots/matrix/</c>, and the proof that they cover every template: an edit to any template changes one of them.
/// </summary>
public sealed class MatrixTests
{
    public static TheoryData<string> Combinations => Matrix.Combinations();

    [Fact]
    public void The_matrix_renders_without_errors_or_refusals()
    {
        Assert.False(Matrix.Result.Diagnostics.HasErrors, string.Join("\n", Matrix.Result.Diagnostics.Sorted()));
        Assert.Empty(Matrix.Result.Refusals.Select(r => r.Preset.Name));
        Assert.Equal(26, Matrix.Names.Count);
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Each_combination_matches_its_golden_file(string name) =>
        Snapshot.Verify("matrix", name, "txt", Matrix.Text(Matrix.Result, name));

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Each_file_of_each_combination_parses_back(string name)
    {
        var files = Matrix.Result.Files.Where(f => f.Preset == name).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Parsed.Back(file);
        }
    }

    [Fact]
    public void An_edit_to_any_template_changes_a_golden_file()
    {
        const string Probe = "runnergen-coverage-probe";
        var uncovered = new List<string>();
        using var dir = new TempDir();
        foreach (var template in TemplateStore.BuiltIn())
        {
            var original = File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", template));
            var path = dir.Write(template, Probe + " " + original);
            if (!Changes(dir.Path, Probe))
            {
                uncovered.Add(template);
            }

            File.Delete(path);
        }

        Assert.True(uncovered.Count == 0, "Templates no golden file covers: " + string.Join(", ", uncovered));
    }

    /// <summary>True when the matrix rendered through the overrides fails, or writes the probe somewhere.</summary>
    private static bool Changes(string overrides, string probe)
    {
        try
        {
            var result = Matrix.Render(new TemplateStore(overrides));
            return result.Diagnostics.HasErrors || result.Files.Any(f => f.Content.Contains(probe, StringComparison.Ordinal));
        }
        catch (AggregateException)
        {
            // A file that no longer parses can surface as an exception from the parallel render: that fails too.
            return true;
        }
    }
}
