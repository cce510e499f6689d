using System.Text;
using RunnerGen.Diagnostics;

namespace RunnerGen.Output;

/// <summary>
/// Carries out an <see cref="OutputPlan"/>. Each file is written to a temporary file in its own folder and renamed over
/// the target, so a reader never sees half a file; the manifest is written last. Conflicts stop the run before anything
/// is written, unless forced.
/// </summary>
public static class OutputWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Resolves <paramref name="relativePath"/> below <paramref name="root"/>, or null when it would escape it.</summary>
    public static string? Resolve(string root, string relativePath)
    {
        if (Path.IsPathRooted(relativePath))
        {
            return null;
        }

        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var full = Path.GetFullPath(Path.Combine(fullRoot, relativePath));
        return full.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>The conflicts of a plan as diagnostics, with how to proceed.</summary>
    public static IReadOnlyList<Diagnostic> Conflicts(OutputPlan plan, Func<string, string> display) =>
        [.. plan.Changes.Where(c => c.IsConflict).Select(c => c.Kind == ChangeKind.EditedByHand
            ? new Diagnostic(DiagnosticIds.EditedByHand, Severity.Error, SourceLocation.InFile(display(c.Path)), c.Rendered is null
                ? "was edited by hand after runnergen wrote it, and its preset or output is gone; it is left as it is."
                : "was edited by hand after runnergen wrote it; it is left as it is.",
                "Move the change into the preset or a template override, or run again with --force to overwrite it.")
            : new Diagnostic(DiagnosticIds.OutputConflict, Severity.Error, SourceLocation.InFile(display(c.Path)), "exists and was not written by runnergen; it is left as it is.", "Move it away, or run again with --force to replace it."))];

    /// <summary>Writes, replaces and removes files as planned; returns the changes made.</summary>
    public static IReadOnlyList<FileChange> Apply(OutputPlan plan, bool force)
    {
        if (!force && plan.Changes.Any(c => c.IsConflict))
        {
            throw new InvalidOperationException("plan has conflicts; check OutputWriter.Conflicts first");
        }

        var files = new Dictionary<string, string>(plan.Manifest.Files, StringComparer.Ordinal);
        var made = new List<FileChange>();
        foreach (var change in plan.Changes)
        {
            var full = Resolve(plan.Root, change.Path)!;
            if (change.Rendered is { } content)
            {
                if (change.Kind != ChangeKind.Unchanged)
                {
                    WriteAtomically(full, content);
                    made.Add(change);
                }

                files[change.Path] = Manifest.Hash(content);
            }
            else if (change.Kind is ChangeKind.Delete || (force && change.Kind is ChangeKind.EditedByHand))
            {
                File.Delete(full);
                RemoveEmptyFolders(Path.GetDirectoryName(full)!, plan.Root);
                files.Remove(change.Path);
                made.Add(change);
            }
        }

        if (made.Count > 0 || !File.Exists(Path.Combine(plan.Root, Manifest.FileName)))
        {
            WriteAtomically(Path.Combine(plan.Root, Manifest.FileName), new Manifest(files).ToJson());
        }

        return made;
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

    private static void RemoveEmptyFolders(string folder, string root)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        while (folder.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }
}
