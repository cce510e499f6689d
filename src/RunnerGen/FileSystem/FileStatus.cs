namespace RunnerGen.FileSystem;

/// <summary>What <c>statx</c> says about a path: its type, owner, group, permission bits, size and inode.</summary>
public sealed record FileStatus(FileType Type, uint User, uint Group, UnixFileMode Mode, long Size, ulong Inode = 0);
