using RunnerGen.Diagnostics;

namespace RunnerGen.Audit;

/// <summary>
/// The files an audit reads: each file named, and in each folder named (recursively) the files with a name
/// runnergen reads (<c>*.toml</c>, <c>*.yaml</c>, <c>*.yml</c>), skipping version-control and dependency folders and
/// hidden folders other than <c>.github</c>.
/// </summary>
public static class AuditInputs
{
    private static readonly string[] Extensions = [".toml", ".yaml", ".yml"];
    private static readonly string[] IgnoredFolders = ["node_modules", "vendor", "bin", "obj"];

    /// <summary>Absolute paths in a stable order, without repeats; a path that does not exist is an RG0200 error.</summary>
    public static IReadOnlyList<string> Expand(IReadOnlyList<string> paths, string workingDirectory, DiagnosticBag diagnostics)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                Add(full);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Folder(full).Order(StringComparer.Ordinal))
                {
                    Add(file);
                }
            }
            else
            {
                diagnostics.Error(DiagnosticIds.NoSuchFile, SourceLocation.InFile(Display(full, workingDirectory)), "no such file or folder.");
            }
        }

        return result;

        void Add(string file)
        {
            if (seen.Add(file))
            {
                result.Add(file);
            }
        }
    }

    /// <summary>A path as the user should see it: relative to the working folder, with '/'.</summary>
    public static string Display(string fullPath, string workingDirectory) => Path.GetRelativePath(workingDirectory, fullPath).Replace('\\', '/');

    private static IEnumerable<string> Folder(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (Extensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(child);
            if ((name.StartsWith('.') && name != ".github") || IgnoredFolders.Contains(name) || new DirectoryInfo(child).LinkTarget is not null)
            {
                continue;
            }

            foreach (var file in Folder(child))
            {
                yield return file;
            }
        }
    }
}
