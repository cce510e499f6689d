using RunnerGen.Diagnostics;
using RunnerGen.Yaml;
using Tomlyn;

namespace RunnerGen.Policy;

/// <summary>
/// <see cref="TomlDocumentLoader"/> for files people bring: Tomlyn throws on some inputs (a line of <c>...</c>, an
/// unterminated string) instead of reporting them, and a file that does not parse must be an error with a position,
/// never a crash.
/// </summary>
public static class TomlReader
{
    /// <summary>The parsed tree, or null with an error at the first problem.</summary>
    public static YMapping? Load(string text, string file, DiagnosticBag diagnostics)
    {
        try
        {
            return TomlDocumentLoader.Load(text, file, diagnostics);
        }
        catch (TomlException ex)
        {
            var first = ex.Message.Split('\n')[0];
            var cut = first.IndexOf(" : error : ", StringComparison.Ordinal);
            var message = cut >= 0 ? first[(cut + 11)..].Trim() : first.Trim();
            diagnostics.Error(DiagnosticIds.RenderedFileInvalid, new SourceLocation(file, ex.Line ?? 0, ex.Column ?? 0), $"invalid TOML: {message}");
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // The loader's own complaint: a key used both as a value and as a table.
            diagnostics.Error(DiagnosticIds.RenderedFileInvalid, SourceLocation.InFile(file), $"invalid TOML: {ex.Message}");
            return null;
        }
    }
}
