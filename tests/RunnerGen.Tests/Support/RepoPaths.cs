namespace RunnerGen.Tests.Support;

/// <summary>Paths inside the repository. Tests read nothing outside it.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root (the folder with RunnerGen.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The built-in presets.</summary>
    public static string Presets => Path.Combine(Root, "presets");

    /// <summary>The test project's folder in the source tree.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "RunnerGen.Tests");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RunnerGen.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("RunnerGen.sln not found above the test binaries");
    }
}
