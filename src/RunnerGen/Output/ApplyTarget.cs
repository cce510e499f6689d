using RunnerGen.Diagnostics;
using RunnerGen.FileSystem;

namespace RunnerGen.Output;

/// <summary><c>apply</c>: which file to replace, refused before it is opened when that cannot be done safely, and where its backup goes.</summary>
public static class ApplyTarget
{
    /// <summary>
    /// The file to replace: a symbolic link is followed to its final target (the link stays, the target is replaced
    /// beside itself). Anything but a writable regular file is refused before it is opened.
    /// </summary>
    public static (string Path, FileStatus Status) Resolve(string full, string display, string name)
    {
        var target = SafePaths.Lstat(full) is { Type: FileType.SymbolicLink } ? File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full : full;
        var status = SafePaths.Lstat(target);
        if (status is null)
        {
            throw new RunnerGenException(new Diagnostic(DiagnosticIds.NoSuchFile, Severity.Error, SourceLocation.InFile(display), "no such file.", $"Copy generated/{name}/gitlab/config.toml there to start a new one."));
        }

        if (status.Type is not (FileType.Regular or FileType.Unknown))
        {
            throw new RunnerGenException(new Diagnostic(DiagnosticIds.ApplyUnsafeTarget, Severity.Error, SourceLocation.InFile(display), "is not a regular file (a named pipe, a device or a folder); apply only edits a regular config.toml.", "Name the config.toml itself."));
        }

        var writable = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        if (status.Type == FileType.Regular ? (status.Mode & writable) == 0 : new FileInfo(target).IsReadOnly)
        {
            throw new RunnerGenException(new Diagnostic(DiagnosticIds.ApplyUnsafeTarget, Severity.Error, SourceLocation.InFile(display), "is read-only; apply leaves it as it is.", "Make it writable first if it should change."));
        }

        return (target, status.Type == FileType.Regular ? status : new FileStatus(FileType.Unknown, 0, 0, 0, 0));
    }

    /// <summary>A free backup name beside <paramref name="path"/>: <c>PATH.bak</c>, then <c>PATH.bak.1</c>, ….</summary>
    public static string BackupPath(string path)
    {
        var candidate = path + ".bak";
        for (var n = 1; File.Exists(candidate); n++)
        {
            candidate = $"{path}.bak.{n}";
        }

        return candidate;
    }
}
