using System.Runtime.InteropServices;
using System.Text;

namespace RunnerGen.FileSystem;

/// <summary>
/// The few Linux system calls .NET does not expose: the type, owner and mode of a path without following a symbolic
/// link (<c>statx</c>), advisory locks (<c>flock</c>) and changing a file's owner. Only blittable arguments, so the
/// calls need no runtime marshalling and stay NativeAOT-friendly. Elsewhere than Linux <see cref="Available"/> is false
/// and callers fall back to what .NET offers.
/// </summary>
internal static class Posix
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7ff;

    /// <summary>True where these calls exist.</summary>
    public static bool Available => OperatingSystem.IsLinux();

    /// <summary>The status of <paramref name="path"/>; with <paramref name="follow"/> false a symbolic link is reported as one. Null when it does not exist.</summary>
    public static FileStatus? Status(string path, bool follow)
    {
        var buffer = new byte[256];
        if (Statx(AtFdCwd, Bytes(path), follow ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno is 2 or 20 ? null : throw new IOException($"{path}: {Marshal.GetPInvokeErrorMessage(errno)}");
        }

        return Parse(buffer);
    }

    /// <summary>The status of an open file.</summary>
    public static FileStatus Status(SafeHandle handle)
    {
        var buffer = new byte[256];
        if (Statx((int)handle.DangerousGetHandle(), [0], AtEmptyPath, StatxBasicStats, buffer) != 0)
        {
            throw new IOException(Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
        }

        return Parse(buffer);
    }

    /// <summary>Takes an exclusive advisory lock without waiting; false when another open file holds one.</summary>
    public static bool TryLockExclusive(SafeHandle handle) => Flock((int)handle.DangerousGetHandle(), 2 | 4) == 0;

    /// <summary>Gives an open file the owner and group; false when the caller may not.</summary>
    public static bool TryChangeOwner(SafeHandle handle, uint user, uint group) => Fchown((int)handle.DangerousGetHandle(), user, group) == 0;

    /// <summary>Opens (creating it, mode 0644) a lock file for reading and writing, without .NET's own locking; -1 on failure.</summary>
    public static int OpenLockFile(string path) => Open(Bytes(path), 2 | 0x40 | 0x80000, 0x1A4);

    /// <summary>Opens a file for reading without blocking on a named pipe or following nothing special; -1 on failure.</summary>
    public static int OpenNonBlocking(string path) => Open(Bytes(path), 0x800 | 0x80000, 0);

    private static FileStatus Parse(byte[] buffer) => new(
        (FileType)(BitConverter.ToUInt16(buffer, 28) & 0xF000),
        BitConverter.ToUInt32(buffer, 20),
        BitConverter.ToUInt32(buffer, 24),
        (UnixFileMode)(BitConverter.ToUInt16(buffer, 28) & 0xFFF),
        (long)BitConverter.ToUInt64(buffer, 40),
        BitConverter.ToUInt64(buffer, 32));

    private static byte[] Bytes(string path) => [.. Encoding.UTF8.GetBytes(path), 0];

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static extern int Flock(int descriptor, int operation);

    [DllImport("libc", EntryPoint = "fchown", SetLastError = true)]
    private static extern int Fchown(int descriptor, uint user, uint group);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags, uint mode);
}
