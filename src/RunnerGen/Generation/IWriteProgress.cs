namespace RunnerGen.Generation;

/// <summary>Told, while the write gate writes, what the user must hear about as it happens.</summary>
public interface IWriteProgress
{
    /// <summary>A temporary file an interrupted run left, now removed.</summary>
    void Leftover(string full);

    /// <summary>A file <c>--force</c> replaces or removes, and where its old content is kept.</summary>
    void BackedUp(string full, string backup);
}
