using RunnerGen.Rendering;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Snapshots;

/// <summary>Every output of every built-in preset, against its approved snapshot.</summary>
public sealed class SnapshotTests
{
    public static TheoryData<string> Files => BuiltIn.FilePaths();

    [Theory]
    [MemberData(nameof(Files))]
    public void Output_matches_its_approved_snapshot(string path)
    {
        var file = BuiltIn.File(path);
        Snapshot.Verify(file.Preset, file.Output.Id, Extension(file.Output.Format), file.Content);
    }

    [Fact]
    public void Every_approved_snapshot_belongs_to_a_rendered_output()
    {
        var expected = BuiltIn.Files
            .Select(f => $"{f.Preset}/{f.Output.Id}.approved.{Extension(f.Output.Format)}")
            .Concat(Matrix.Names.Select(n => $"matrix/{n}.approved.txt"))
            .Concat(Rendering.CacheAndArcTests.Cases.Select(c => $"cache/{c.Name}.approved.toml"))
            .ToHashSet(StringComparer.Ordinal);
        var dangling = Directory.GetFiles(Snapshot.Directory, "*.approved.*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Snapshot.Directory, f).Replace('\\', '/'))
            .Where(f => !expected.Contains(f))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(dangling.Count == 0, "Snapshots no output produces any more (delete them): " + string.Join(", ", dangling));
    }

    private static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.Toml => "toml",
        OutputFormat.Hcl => "tf",
        _ => "yaml",
    };
}
