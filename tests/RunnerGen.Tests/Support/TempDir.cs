namespace RunnerGen.Tests.Support;

/// <summary>A fresh folder that is deleted when the test ends.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "runnergen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file below the folder, creating folders as needed, and returns its full path.</summary>
    public string Write(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    /// <summary>Copies the built-in presets into <c>presets/</c>.</summary>
    public void CopyBuiltInPresets()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Presets, "*.yaml"))
        {
            Write(System.IO.Path.Combine("presets", System.IO.Path.GetFileName(file)), File.ReadAllText(file));
        }
    }

    /// <summary>Every file below the folder, relative, sorted, with its content.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        Directory.GetFiles(Path, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'), File.ReadAllText);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
