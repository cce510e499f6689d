using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace RunnerGen.Output;

/// <summary>
/// The files runnergen wrote below an output root, with the SHA-256 of what it wrote. It is how runnergen tells its
/// own untouched files (safe to replace or remove) from files someone edited or wrote by hand (never clobbered).
/// </summary>
public sealed record Manifest(IReadOnlyDictionary<string, string> Files)
{
    /// <summary>The manifest's file name in the output root.</summary>
    public const string FileName = ".runnergen-manifest.json";

    /// <summary>An empty manifest.</summary>
    public static Manifest Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The hash runnergen records for content.</summary>
    public static string Hash(string content) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    /// <summary>Reads the manifest of <paramref name="root"/>; an absent one is empty. Entries that would leave the root are ignored.</summary>
    public static Manifest Load(string root)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
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
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new Diagnostics.RunnerGenException(new Diagnostics.Diagnostic(Diagnostics.DiagnosticIds.OutputConflict, Diagnostics.Severity.Error, Diagnostics.SourceLocation.InFile(path), $"the manifest cannot be read ({ex.Message}).", $"Delete it and run 'runnergen generate --force' to take ownership of the files again."));
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
