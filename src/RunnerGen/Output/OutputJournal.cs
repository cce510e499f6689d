using System.Text;
using System.Text.Json;
using RunnerGen.FileSystem;

namespace RunnerGen.Output;

/// <summary>
/// The intended writes of a run, written (atomically) before the first rename and removed after the manifest: for each
/// path it touches, the hash of what runnergen wrote before and of what it is about to write. After a crash the next
/// run finds the journal and accepts either hash as runnergen's own, so an interrupted run never looks like a hand
/// edit.
/// </summary>
public static class OutputJournal
{
    /// <summary>The journal's file name in the output root.</summary>
    public const string FileName = ".runnergen-journal.json";

    /// <summary>The journal for a run that changes <paramref name="changes"/> (new hash null: removed) over <paramref name="manifest"/>.</summary>
    public static string For(Manifest manifest, IEnumerable<(string Path, string? NewHash)> changes)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteString("comment", "Written by runnergen before it changes files; removed when the run completes. Do not edit.");
            writer.WriteStartObject("files");
            foreach (var (path, hash) in changes.OrderBy(c => c.Path, StringComparer.Ordinal))
            {
                writer.WriteStartArray(path);
                if (manifest.Files.TryGetValue(path, out var old))
                {
                    writer.WriteStringValue(old);
                }

                if (hash is not null)
                {
                    writer.WriteStringValue(hash);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The journal's entries (path and the hashes runnergen may have left there), or null when there is none or it is unreadable.</summary>
    public static IReadOnlyDictionary<string, string[]>? Load(string root)
    {
        var path = Path.Combine(root, FileName);
        if (SafePaths.Lstat(path) is not { Type: FileType.Regular or FileType.Unknown })
        {
            return null;
        }

        try
        {
            var bytes = SafePaths.ReadRegular(path, 256L * 1024 * 1024, _ => null);
            if (bytes is null)
            {
                return null;
            }

            using var document = JsonDocument.Parse(bytes);
            var files = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var entry in document.RootElement.GetProperty("files").EnumerateObject())
            {
                files[entry.Name] = [.. entry.Value.EnumerateArray().Select(h => h.GetString() ?? string.Empty)];
            }

            return files;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or InvalidDataException)
        {
            // A journal cut off by a crash while it was written never got renamed into place; a damaged one is ignored.
            return new Dictionary<string, string[]>(StringComparer.Ordinal);
        }
    }
}
