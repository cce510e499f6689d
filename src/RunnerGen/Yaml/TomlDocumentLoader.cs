using RunnerGen.Diagnostics;
using Tomlyn;

namespace RunnerGen.Yaml;

/// <summary>
/// Reads TOML into the same positioned <see cref="YNode"/> tree as YAML, so the policy checks config.toml with the
/// line of every key, without reflection and without a syntax tree of the whole file (<see cref="TomlTreeBuilder"/>).
/// </summary>
public static class TomlDocumentLoader
{
    private static readonly TomlSerializerOptions Options = new() { MaxDepth = InputFile.MaxDepth };

    /// <summary>
    /// Parses <paramref name="text"/>; returns null and reports a positioned diagnostic when it is not valid TOML or
    /// nests deeper than <see cref="InputFile.MaxDepth"/>. Never throws for any input.
    /// </summary>
    public static YMapping? Load(string text, string file, DiagnosticBag diagnostics)
    {
        if (TomlDepth.Exceeds(text, InputFile.MaxDepth) is { } deep)
        {
            diagnostics.Error(DiagnosticIds.NestingTooDeep, new SourceLocation(file, deep.Line, deep.Column), $"nests deeper than {InputFile.MaxDepth} levels, the most runnergen reads.");
            return null;
        }

        try
        {
            return TomlTreeBuilder.Build(text, file, Options, diagnostics);
        }
        catch (TomlException ex)
        {
            diagnostics.Error(DiagnosticIds.RenderedFileInvalid, new SourceLocation(file, Math.Max(ex.Line ?? 1, 1), Math.Max(ex.Column ?? 1, 1)), $"invalid TOML: {ex.Message}");
            return null;
        }
        catch (ShapeException ex)
        {
            diagnostics.Error(DiagnosticIds.RenderedFileInvalid, ex.Location, $"invalid TOML: {ex.Message}");
            return null;
        }
    }
}
