using System.Text;
using RunnerGen.Diagnostics;
using RunnerGen.Rendering;

namespace RunnerGen.Output;

/// <summary>
/// Writes rendered files below an output root. Each file is written to a temporary file in its own folder and then
/// renamed over the target, so a reader never sees half a file. Files whose content is unchanged are not touched.
/// </summary>
public static class OutputWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Resolves <paramref name="relativePath"/> below <paramref name="root"/>, or null when it would escape it.</summary>
    public static string? Resolve(string root, string relativePath)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var full = Path.GetFullPath(Path.Combine(fullRoot, relativePath));
        return full.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>Writes every file; returns the paths (relative) that changed.</summary>
    public static IReadOnlyList<string> Write(string root, IReadOnlyList<RenderedFile> files)
    {
        var targets = new List<(RenderedFile File, string Full)>();
        foreach (var file in files)
        {
            var full = Resolve(root, file.Path)
                ?? throw new RunnerGenException(new Diagnostic(DiagnosticIds.OutputConflict, Severity.Error, SourceLocation.InFile(file.Path), "refusing to write outside the output folder."));
            targets.Add((file, full));
        }

        var changed = new List<string>();
        foreach (var (file, full) in targets)
        {
            if (File.Exists(full) && File.ReadAllText(full, Utf8NoBom) == file.Content)
            {
                continue;
            }

            WriteAtomically(full, file.Content);
            changed.Add(file.Path);
        }

        return changed;
    }

    /// <summary>Writes <paramref name="content"/> to a temporary file beside <paramref name="path"/> and renames it into place.</summary>
    public static void WriteAtomically(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, content, Utf8NoBom);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
