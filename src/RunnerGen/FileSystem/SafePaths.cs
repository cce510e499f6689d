using Microsoft.Win32.SafeHandles;
using RunnerGen.Diagnostics;

namespace RunnerGen.FileSystem;

/// <summary>
/// Paths below an output folder, checked one component at a time without following symbolic links: runnergen never
/// reads, writes or deletes through a link below the folder, and only ever touches regular files there.
/// </summary>
public static class SafePaths
{
    /// <summary>What is at <paramref name="path"/> itself (a link is reported as a link); null when nothing is.</summary>
    public static FileStatus? Lstat(string path)
    {
        if (Posix.Available)
        {
            return Posix.Status(path, follow: false);
        }

        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return new FileStatus(FileType.SymbolicLink, 0, 0, 0, 0);
        }

        return Directory.Exists(path) ? new FileStatus(FileType.Directory, 0, 0, 0, 0)
            : info.Exists ? new FileStatus(FileType.Regular, 0, 0, 0, info.Length) : null;
    }

    /// <summary>
    /// Checks every folder between <paramref name="root"/> and <paramref name="relativePath"/> and the file itself.
    /// Throws RG0208 for a symbolic link, RG0210 for something that is not a folder or a regular file. True when the
    /// file exists.
    /// </summary>
    public static bool CheckFile(string root, string relativePath, Func<string, string> display)
    {
        var parts = relativePath.Split('/');
        var current = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            var status = Lstat(current);
            if (status is null)
            {
                return false;
            }

            var last = i == parts.Length - 1;
            if (status.Type == FileType.SymbolicLink)
            {
                throw Error(DiagnosticIds.OutputSymlink, display(current), "is a symbolic link; runnergen never reads, writes or deletes through a link below the output folder.", "Replace the link with a real folder or file, or point --out at its target.");
            }

            if (last ? status.Type is not (FileType.Regular or FileType.Unknown) : status.Type is not (FileType.Directory or FileType.Unknown))
            {
                throw Error(DiagnosticIds.OutputNotRegular, display(current), last ? "is not a regular file; runnergen only writes regular files below the output folder." : "is in the way: a folder belongs here.", "Move it away.");
            }
        }

        return true;
    }

    /// <summary>Reads a regular file without ever blocking on a named pipe or a device; null when it is absent.</summary>
    public static byte[]? ReadRegular(string path, long limit, Func<FileStatus, string?> refuse)
    {
        using var handle = Open(path);
        if (handle is null)
        {
            return null;
        }

        var status = Posix.Available ? Posix.Status(handle) : new FileStatus(FileType.Regular, 0, 0, 0, RandomAccess.GetLength(handle));
        if (refuse(status) is { } problem)
        {
            throw new InvalidDataException(problem);
        }

        var bytes = new byte[Math.Min(status.Size, limit) + 1];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return read > limit ? throw new InvalidDataException($"larger than {limit}") : bytes[..read];
    }

    private static SafeFileHandle? Open(string path)
    {
        if (!Posix.Available)
        {
            return File.Exists(path) ? File.OpenHandle(path) : null;
        }

        var descriptor = Posix.OpenNonBlocking(path);
        if (descriptor < 0)
        {
            var errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
            return errno is 2 or 20 ? null : throw new IOException($"{path}: {System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno)}");
        }

        return new SafeFileHandle(descriptor, ownsHandle: true);
    }

    private static RunnerGenException Error(string id, string display, string message, string suggestion) =>
        new(new Diagnostic(id, Severity.Error, SourceLocation.InFile(display), message, suggestion));
}
