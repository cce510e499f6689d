using System.Text;
using RunnerGen.Diagnostics;
using RunnerGen.FileSystem;

namespace RunnerGen.Output;

/// <summary>
/// Writes a file that holds secrets the way its owner had it: the same mode, owner and group as the file it replaces
/// or backs up, set before a byte is written, synced to disk, then renamed into place beside it.
/// </summary>
public static class PreservingWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>Replaces <paramref name="path"/> atomically with <paramref name="content"/>, keeping <paramref name="like"/>'s mode, owner and group.</summary>
    public static void Replace(string path, string content, FileStatus like, string display) =>
        Write(path, content, like, display, replace: true);

    /// <summary>Creates <paramref name="path"/> (which must not exist) with <paramref name="like"/>'s mode, owner and group.</summary>
    public static void Create(string path, string content, FileStatus like, string display) =>
        Write(path, content, like, display, replace: false);

    private static void Write(string path, string content, FileStatus like, string display, bool replace)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 0 };
            if (!OperatingSystem.IsWindows() && like.Type != FileType.Unknown)
            {
                options.UnixCreateMode = like.Mode & (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
            }

            using (var stream = new FileStream(temp, options))
            {
                if (Posix.Available)
                {
                    var mine = Posix.Status(stream.SafeFileHandle);
                    if ((mine.User != like.User || mine.Group != like.Group) && !Posix.TryChangeOwner(stream.SafeFileHandle, like.User, like.Group))
                    {
                        throw new RunnerGenException(new Diagnostic(DiagnosticIds.ApplyUnsafeTarget, Severity.Error, SourceLocation.InFile(display), $"is owned by uid {like.User} gid {like.Group}, and this process cannot give the new file that owner; nothing was written.", "Run apply as the file's owner or as root."));
                    }

                    if (!OperatingSystem.IsWindows())
                    {
                        File.SetUnixFileMode(stream.SafeFileHandle, options.UnixCreateMode ?? like.Mode);
                    }
                }

                stream.Write(Utf8NoBom.GetBytes(content));
                stream.Flush(flushToDisk: true);
            }

            if (replace)
            {
                File.Move(temp, path, overwrite: true);
            }
            else
            {
                File.Move(temp, path, overwrite: false);
            }
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
