namespace RunnerGen.Rendering;

/// <summary>A rendered file, not yet written.</summary>
/// <param name="Path">Path below the output root, with <c>/</c> separators: <c>PRESET/gitlab/config.toml</c>.</param>
/// <param name="Content">The text: LF line ends, one trailing newline, header first.</param>
/// <param name="Preset">The preset it came from.</param>
/// <param name="Output">Which output it is.</param>
public sealed record RenderedFile(string Path, string Content, string Preset, OutputDefinition Output);
