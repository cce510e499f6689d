using System.Text;
using RunnerGen.Diagnostics;
using RunnerGen.FileSystem;

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
                "Move the change into the preset or a template override, or run again with --force to overwrite it (the edited file is kept as FILE" + OutputBackup.Suffix + ").")
            : new Diagnostic(DiagnosticIds.OutputConflict, Severity.Error, SourceLocation.InFile(display(c.Path)), "exists and was not written by runnergen; it is left as it is.", "Move it away, or run again with --force to replace it (it is kept as FILE" + OutputBackup.Suffix + ")."))];

    /// <summary>
    /// Writes, replaces and removes files as planned; returns the changes made. The journal of the intended writes goes
    /// first, the manifest last, and the journal is removed after it: a crash at any point leaves files the next run
    /// recognises as its own (see <see cref="OutputJournal"/>).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="force">Replace and remove files edited by hand or not written by runnergen, keeping a <see cref="OutputBackup"/> of each.</param>
    /// <param name="display">How paths are named in diagnostics.</param>
    /// <param name="backedUp">Told each forced file's full path and its backup's.</param>
    public static IReadOnlyList<FileChange> Apply(OutputPlan plan, bool force, Func<string, string>? display = null, Action<string, string>? backedUp = null)
    {
        display ??= p => p;
        if (!force && plan.Changes.Any(c => c.IsConflict))
        {
            throw new InvalidOperationException("plan has conflicts; check OutputWriter.Conflicts first");
        }

        var files = new Dictionary<string, string>(plan.Manifest.Files, StringComparer.Ordinal);
        var writes = plan.Changes.Where(c => c.Rendered is not null && c.Kind != ChangeKind.Unchanged).ToList();
        var removals = plan.Changes.Where(c => c.Rendered is null && (c.Kind is ChangeKind.Delete || (force && c.Kind is ChangeKind.EditedByHand))).ToList();
        var journal = Path.Combine(plan.Root, OutputJournal.FileName);
        if (writes.Count + removals.Count > 0)
        {
            WriteAtomically(journal, OutputJournal.For(plan.Manifest, writes.Select(c => (c.Path, (string?)Manifest.Hash(c.Rendered!))).Concat(removals.Select(c => (c.Path, (string?)null)))));
        }

        // Folders first (once each, never through a link), then the files on every core: each write is atomic on its own.
        foreach (var change in writes)
        {
            SafePaths.CheckFile(plan.Root, change.Path, display);
        }

        foreach (var folder in writes.Select(c => Path.GetDirectoryName(Resolve(plan.Root, c.Path)!)!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        foreach (var change in writes.Concat(removals).Where(c => c.IsConflict && c.OnDisk is not null).OrderBy(c => c.Path, StringComparer.Ordinal))
        {
            SafePaths.CheckFile(plan.Root, change.Path, display);
            var full = Resolve(plan.Root, change.Path)!;
            backedUp?.Invoke(full, OutputBackup.Keep(full));
        }

        Parallel.ForEach(writes, change => WriteAtomically(Resolve(plan.Root, change.Path)!, change.Rendered!, createFolder: false));
        foreach (var change in plan.Changes.Where(c => c.Rendered is not null))
        {
            files[change.Path] = Manifest.Hash(change.Rendered!);
        }

        foreach (var change in removals)
        {
            var full = Resolve(plan.Root, change.Path)!;
            SafePaths.CheckFile(plan.Root, change.Path, display);
            File.Delete(full);
            RemoveEmptyFolders(Path.GetDirectoryName(full)!, plan.Root);
            files.Remove(change.Path);
        }

        var made = writes.Concat(removals).OrderBy(c => c.Path, StringComparer.Ordinal).ToList();

        if (made.Count > 0 || plan.Manifest.Reconciled || !File.Exists(Path.Combine(plan.Root, Manifest.FileName)))
        {
            WriteAtomically(Path.Combine(plan.Root, Manifest.FileName), new Manifest(files).ToJson());
        }

        if (SafePaths.Lstat(journal) is not null)
        {
            File.Delete(journal);
        }

        return made;
    }

    /// <summary>
    /// Removes the temporary files (<c>.NAME.GUID.tmp</c>) a killed run left: in the root always, in every folder below
    /// it (never through a link) when <paramref name="everywhere"/>. Returns their full paths.
    /// </summary>
    public static IReadOnlyList<string> RemoveLeftovers(string root, bool everywhere)
    {
        var removed = new List<string>();
        var folders = new Stack<string>(new[] { root });
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
            {
                var status = SafePaths.Lstat(entry);
                if (status?.Type == FileType.Directory && everywhere)
                {
                    folders.Push(entry);
                }
                else if (status?.Type is FileType.Regular or FileType.Unknown && IsTemporary(Path.GetFileName(entry)))
                {
                    File.Delete(entry);
                    removed.Add(entry);
                }
            }
        }

        return [.. removed.Order(StringComparer.Ordinal)];
    }

    private static bool IsTemporary(string name) =>
        name.Length > 38 && name[0] == '.' && name.EndsWith(".tmp", StringComparison.Ordinal) && name[^37] == '.' && name[^36..^4].All(char.IsAsciiHexDigitLower);

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
