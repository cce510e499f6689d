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
        Assert.Equal(26 + 6 + 13 + 10 + 12, Matrix.Names.Count); // 6: runner.isolation and runner.runtimeClass; 13: docker-autoscaler; 10: multi-platform; 12: mirror and keyless signing
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

    [Theory]
    [InlineData("gitlab")]
    [InlineData("github")]
    public void One_platform_renders_exactly_its_share_of_the_golden_files(string platform)
    {
        var alone = Matrix.Render(new TemplateStore(), platforms: platform);
        Assert.False(alone.Diagnostics.HasErrors, string.Join("\n", alone.Diagnostics.Sorted()));
        var expected = Matrix.Result.Files
            .Where(f => f.Path.Split('/')[1] is var folder && (folder == platform || folder == "kubernetes"))
            .Select(f => (f.Path, f.Content));
        Assert.Equal(expected, alone.Files.Select(f => (f.Path, f.Content)));
    }

    [Fact]
    public void An_edit_to_any_template_changes_a_golden_file()
    {
        const string Probe = "runnergen-coverage-probe";
        var uncovered = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(TemplateStore.BuiltIn(), template =>
        {
            using var dir = new TempDir();
            var original = File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", template));
            dir.Write(template, Probe + " " + original);

            // A strategy's own partials are only ever included for that strategy: render just its combinations.
            var parts = template.Split('/');
            Func<string, bool>? only = parts[0] == "strategies" && parts[1] != "_shared"
                ? name => name.Contains($"-{parts[1]}-", StringComparison.Ordinal)
                : null;
            if (!Changes(dir.Path, only, Probe))
            {
                uncovered.Add(template);
            }
        });

        Assert.True(uncovered.IsEmpty, "Templates no golden file covers: " + string.Join(", ", uncovered.Order(StringComparer.Ordinal)));
    }

    /// <summary>True when the matrix rendered through the overrides fails, or writes the probe somewhere.</summary>
    private static bool Changes(string overrides, Func<string, bool>? only, string probe)
    {
        try
        {
            var result = Matrix.Render(new TemplateStore(overrides), only);
            return result.Diagnostics.HasErrors || result.Files.Any(f => f.Content.Contains(probe, StringComparison.Ordinal));
        }
        catch (AggregateException)
        {
            // A file that no longer parses can surface as an exception from the parallel render: that fails too.
            return true;
        }
    }
}
