using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Repository;

/// <summary>A fresh clone with nothing beside it passes its own tests: no test reads outside the repository.</summary>
public sealed class SelfContainedTests
{
    [Fact]
    public void No_test_reads_the_shared_folder_beside_the_repository()
    {
        // Built from parts so that this file does not match itself.
        var parent = string.Concat("..", "/", "sha", "red");
        var combined = string.Concat("\"..\", \"", "sha", "red", "\"");
        var offenders = Directory.GetFiles(RepoPaths.TestProject, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f) is var text && (text.Contains(parent, StringComparison.Ordinal) || text.Contains(combined, StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .ToList();
        Assert.True(offenders.Count == 0, "Tests that read the folder beside the repository: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_copied_fixtures_and_the_key_table_are_in_the_repository()
    {
        var fixtures = Path.Combine(RepoPaths.TestProject, "Conformance", "pod-security-admission");
        Assert.True(File.Exists(Path.Combine(fixtures, "LICENSE")));
        Assert.True(File.Exists(Path.Combine(fixtures, "README.md")));
        Assert.True(File.Exists(RunnerKeyTable.FilePath));
    }
}
