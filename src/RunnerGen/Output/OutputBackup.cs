using RunnerGen.FileSystem;

namespace RunnerGen.Output;

/// <summary>
/// Before <c>--force</c> replaces or removes a file edited by hand (RG0205) or not written by runnergen (RG0200), its
/// bytes are copied beside it as <c>FILE.runnergen-backup</c> (then <c>.runnergen-backup.1</c>, <c>.2</c>, … so an
/// older backup is never overwritten). Backups are not in the manifest, so runnergen never reports or removes them.
/// </summary>
public static class OutputBackup
{
    /// <summary>What a backup's name ends with.</summary>
    public const string Suffix = ".runnergen-backup";

    /// <summary>Copies the file at <paramref name="full"/> to a free backup name beside it and returns that name.</summary>
    public static string Keep(string full)
    {
        var folder = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}{Suffix}.{Guid.NewGuid():N}.tmp");
        File.Copy(full, temp);
        for (var n = 0; ; n++)
        {
            var candidate = n == 0 ? full + Suffix : $"{full}{Suffix}.{n}";
            if (SafePaths.Lstat(candidate) is not null)
            {
                continue;
            }

            try
            {
                File.Move(temp, candidate, overwrite: false);
                return candidate;
            }
            catch (IOException) when (SafePaths.Lstat(candidate) is not null)
            {
                // Taken between the check and the move: try the next number.
            }
        }
    }
}
