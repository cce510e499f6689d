namespace RunnerGen.Output;

/// <summary>A table header line of a TOML file: where its line starts, its 1-based line, <c>[[…]]</c> or <c>[…]</c>, and its dotted name.</summary>
internal sealed record TomlHeader(int Offset, int Line, bool IsArray, string Name);
