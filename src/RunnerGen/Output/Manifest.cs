using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RunnerGen.FileSystem;

namespace RunnerGen.Output;

/// <summary>
/// The files runnergen wrote below an output root, with the SHA-256 of what it wrote. It is how runnergen tells its
/// own untouched files (safe to replace or remove) from files someone edited or wrote by hand (never clobbered).
/// </summary>
public sealed record Manifest(IReadOnlyDictionary<string, string> Files, bool Reconciled = false)
{
    /// <summary>The manifest's file name in the output root.</summary>
    public const string FileName = ".runnergen-manifest.json";

    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>An empty manifest.</summary>
    public static Manifest Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The hash runnergen records for content.</summary>
    public static string Hash(string content) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    /// <summary>
    /// Reads the manifest of <paramref name="root"/>; an absent one is empty. Entries that would leave the root are
    /// ignored. When a run was interrupted (its journal is still there), each file it touched is runnergen's own if it
    /// holds what runnergen wrote before or what it was writing; the manifest then says <see cref="Reconciled"/>.
    /// </summary>
    public static Manifest Load(string root)
    {
        var manifest = LoadFile(root);
        return OutputJournal.Load(root) is { } journal ? Reconcile(root, manifest, journal) : manifest;
    }

    private static Manifest Reconcile(string root, Manifest manifest, IReadOnlyDictionary<string, string[]> journal)
    {
        var files = new Dictionary<string, string>(manifest.Files, StringComparer.Ordinal);
        foreach (var (path, hashes) in journal)
        {
            if (OutputWriter.Resolve(root, path) is not { } full || !SafePaths.CheckFile(root, path, p => p))
            {
                files.Remove(path);
                continue;
            }

            var bytes = SafePaths.ReadRegular(full, long.MaxValue - 1, _ => null)!;
            var hash = Hash(Utf8NoBom.GetString(bytes));
            if (hashes.Contains(hash, StringComparer.Ordinal))
            {
                files[path] = hash;
            }
        }

        return new Manifest(files, Reconciled: true);
    }

    private static Manifest LoadFile(string root)
    {
        var path = Path.Combine(root, FileName);
        var status = SafePaths.Lstat(path);
        if (status is null)
        {
            return Empty;
        }

        if (status.Type is not (FileType.Regular or FileType.Unknown))
        {
            throw new Diagnostics.RunnerGenException(new Diagnostics.Diagnostic(Diagnostics.DiagnosticIds.OutputSymlink, Diagnostics.Severity.Error, Diagnostics.SourceLocation.InFile(path), "the manifest is not a regular file (a symbolic link?); runnergen never reads through one.", "Remove it and run 'runnergen generate --force'."));
        }

        try
        {
            using var document = JsonDocument.Parse(SafePaths.ReadRegular(path, 256L * 1024 * 1024, _ => null)!);
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in document.RootElement.GetProperty("files").EnumerateObject())
            {
                if (OutputWriter.Resolve(root, entry.Name) is not null && entry.Value.GetString() is { } hash)
                {
                    files[entry.Name] = hash;
                }
            }

            return new Manifest(files);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or InvalidDataException)
        {
            throw new Diagnostics.RunnerGenException(new Diagnostics.Diagnostic(Diagnostics.DiagnosticIds.ManifestUnreadable, Diagnostics.Severity.Error, Diagnostics.SourceLocation.InFile(path), $"the manifest cannot be read ({ex.Message}).", $"Delete it and run 'runnergen generate --force' to take ownership of the files again."));
        }
    }

    /// <summary>The manifest as JSON, keys sorted.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteString("comment", "Written by runnergen: the files it owns below this folder and the hash of what it wrote. Do not edit.");
            writer.WriteNumber("version", 1);
            writer.WriteStartObject("files");
            foreach (var (file, hash) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                writer.WriteString(file, hash);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
