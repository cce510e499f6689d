namespace RunnerGen.Tests.Support;

/// <summary>Paths of the repository and of the shared reference material beside it.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root (the folder with RunnerGen.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The built-in presets.</summary>
    public static string Presets => Path.Combine(Root, "presets");

    /// <summary>The test project's folder in the source tree.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "RunnerGen.Tests");

    /// <summary><c>../shared</c> beside the repository: reference documents and conformance fixtures.</summary>
    public static string Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared)
                ? shared
                : throw new InvalidOperationException($"{shared} is missing: the Pod Security fixtures and GitLab Runner's key table are read from shared/ beside the repository (as CI lays it out).");
        }
    }

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
