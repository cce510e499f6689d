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
        var writes = plan.Changes.Where(c => c.Rendered is not null && c.Kind != ChangeKind.Unchanged).ToList();
        var removals = plan.Changes.Where(c => c.Rendered is null && (c.Kind is ChangeKind.Delete || (force && c.Kind is ChangeKind.EditedByHand))).ToList();

        // Folders first (once each), then the files on every core: each write is atomic on its own.
        foreach (var folder in writes.Select(c => Path.GetDirectoryName(Resolve(plan.Root, c.Path)!)!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        Parallel.ForEach(writes, change => WriteAtomically(Resolve(plan.Root, change.Path)!, change.Rendered!, createFolder: false));
        foreach (var change in plan.Changes.Where(c => c.Rendered is not null))
        {
            files[change.Path] = Manifest.Hash(change.Rendered!);
        }

        foreach (var change in removals)
        {
            var full = Resolve(plan.Root, change.Path)!;
            File.Delete(full);
            RemoveEmptyFolders(Path.GetDirectoryName(full)!, plan.Root);
            files.Remove(change.Path);
        }

        var made = writes.Concat(removals).OrderBy(c => c.Path, StringComparer.Ordinal).ToList();

        if (made.Count > 0 || !File.Exists(Path.Combine(plan.Root, Manifest.FileName)))
        {
            WriteAtomically(Path.Combine(plan.Root, Manifest.FileName), new Manifest(files).ToJson());
        }

        return made;
    }

    /// <summary>Writes <paramref name="content"/> to a temporary file beside <paramref name="path"/> and renames it into place.</summary>
    public static void WriteAtomically(string path, string content, bool createFolder = true)
    {
        if (createFolder)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }

        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
            {
                stream.Write(Utf8NoBom.GetBytes(content));
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
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
