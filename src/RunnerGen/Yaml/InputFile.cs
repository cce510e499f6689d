using System.Buffers;
using System.Text;
using System.Text.Unicode;
using RunnerGen.Diagnostics;
using RunnerGen.FileSystem;

namespace RunnerGen.Yaml;

/// <summary>
/// Reads a preset or an audited file within limits: a regular file only (never a named pipe or a device, which would
/// hang or never end), at most a size, and valid UTF-8 (the error names the byte offset). Problems are diagnostics.
/// </summary>
public static class InputFile
{
    /// <summary>The largest preset runnergen reads.</summary>
    public const long PresetLimit = 1024 * 1024;

    /// <summary>The largest file <c>audit</c> and <c>apply</c> read.</summary>
    public const long AuditLimit = 64 * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and lists (YAML) or tables and arrays (TOML) runnergen reads.</summary>
    public const int MaxDepth = 64;

    /// <summary>The text of <paramref name="path"/>, or null with a diagnostic (at <paramref name="display"/>).</summary>
    public static string? Read(string path, string display, long limit, DiagnosticBag diagnostics)
    {
        byte[]? bytes;
        try
        {
            bytes = SafePaths.ReadRegular(path, limit, status => status.Type is FileType.Regular or FileType.Unknown ? null : "not regular");
        }
        catch (InvalidDataException ex)
        {
            if (ex.Message == "not regular")
            {
                diagnostics.Error(DiagnosticIds.NotARegularFile, SourceLocation.InFile(display), "is not a regular file (a named pipe, a device or a folder); runnergen reads regular files only.");
            }
            else
            {
                diagnostics.Error(DiagnosticIds.FileTooLarge, SourceLocation.InFile(display), $"is larger than {Size(limit)}, the most runnergen reads.");
            }

            return null;
        }

        if (bytes is null)
        {
            diagnostics.Error(DiagnosticIds.NotARegularFile, SourceLocation.InFile(display), "no such file.");
            return null;
        }

        return Decode(bytes, display, diagnostics);
    }

    /// <summary>Strict UTF-8 (a leading byte order mark is dropped); null with RG0015 naming the first bad byte.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string display, DiagnosticBag diagnostics)
    {
        var skip = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes[skip..], chars, out var read, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                return new string(chars, 0, written);
            }

            var offset = skip + read;
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < offset; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            diagnostics.Error(DiagnosticIds.NotUtf8, new SourceLocation(display, line, offset - lineStart + 1), offset < bytes.Length ? $"is not valid UTF-8 at byte offset {offset} (0x{bytes[offset]:X2})." : $"is not valid UTF-8 at byte offset {offset} (a sequence cut off at the end).", "Save the file as UTF-8.");
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string Size(long bytes) => bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes} bytes";
}
