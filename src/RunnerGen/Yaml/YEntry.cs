using RunnerGen.Diagnostics;

namespace RunnerGen.Yaml;

/// <summary>A key and its value; the key keeps its own position for "unknown key" errors.</summary>
public sealed record YEntry(string Key, SourceLocation KeyLocation, YNode Value);
