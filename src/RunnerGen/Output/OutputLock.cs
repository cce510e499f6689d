using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;
using RunnerGen.Diagnostics;
using RunnerGen.FileSystem;

namespace RunnerGen.Output;

/// <summary>
/// One writer at a time per output folder: an advisory lock (<c>flock</c>) on <c>.runnergen.lock</c> in the folder,
/// holding the writer's process id. The kernel drops the lock when the process ends, however it ends, so a killed
/// run never leaves the folder locked. The file is removed when the lock is released. Readers (check, diff) take no
/// lock.
/// </summary>
public sealed class OutputLock : IDisposable
{
    /// <summary>The lock file's name in the output folder.</summary>
    public const string FileName = ".runnergen.lock";

    private readonly SafeFileHandle? _handle;
    private readonly FileStream? _stream;
    private readonly string _path;

    private OutputLock(string path, SafeFileHandle? handle, FileStream? stream)
    {
        _path = path;
        _handle = handle;
        _stream = stream;
    }

    /// <summary>Takes the lock of <paramref name="root"/> (which must exist), or throws RG0209 naming the process that holds it.</summary>
    public static OutputLock Acquire(string root, string display)
    {
        var path = Path.Combine(root, FileName);
        if (SafePaths.Lstat(path) is { Type: FileType.SymbolicLink })
        {
            throw new RunnerGenException(new Diagnostic(DiagnosticIds.OutputSymlink, Severity.Error, SourceLocation.InFile($"{display}/{FileName}"), "is a symbolic link; runnergen never writes through a link below the output folder.", "Remove it."));
        }

        if (!Posix.Available)
        {
            try
            {
                return new OutputLock(path, null, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                throw Locked(display, "another process");
            }
        }

        for (var attempt = 0; ; attempt++)
        {
            var descriptor = Posix.OpenLockFile(path);
            if (descriptor < 0)
            {
                throw new IOException($"{display}/{FileName}: {System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(System.Runtime.InteropServices.Marshal.GetLastPInvokeError())}");
            }

            var handle = new SafeFileHandle(descriptor, ownsHandle: true);
            if (!Posix.TryLockExclusive(handle))
            {
                var holder = ReadHolder(handle);
                handle.Dispose();
                throw Locked(display, holder is null ? "another process" : $"pid {holder}");
            }

            // The holder before us may have removed the file between our open and our lock: then lock the new one.
            if (Posix.Status(path, follow: false)?.Inode != Posix.Status(handle).Inode && attempt < 10)
            {
                handle.Dispose();
                continue;
            }

            var pid = Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture).PadRight(20) + "\n");
            RandomAccess.Write(handle, pid, 0);
            return new OutputLock(path, handle, null);
        }
    }

    /// <summary>Releases the lock and removes the file.</summary>
    public void Dispose()
    {
        if (_handle is not null)
        {
            File.Delete(_path);
            _handle.Dispose();
        }
        else
        {
            _stream?.Dispose();
            File.Delete(_path);
        }
    }

    private static string? ReadHolder(SafeFileHandle handle)
    {
        var buffer = new byte[32];
        var read = RandomAccess.Read(handle, buffer, 0);
        var text = Encoding.ASCII.GetString(buffer, 0, read).Trim();
        return text.Length > 0 && text.All(char.IsAsciiDigit) ? text : null;
    }

    private static RunnerGenException Locked(string display, string holder) =>
        new(new Diagnostic(DiagnosticIds.OutputLocked, Severity.Error, SourceLocation.InFile(display), $"another runnergen ({holder}) is writing this folder; nothing was written.", "Wait for it to finish and run again."));
}
