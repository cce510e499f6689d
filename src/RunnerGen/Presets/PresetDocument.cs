using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Yaml;

namespace RunnerGen.Presets;

/// <summary>One preset file as parsed, before <c>extends</c> is resolved.</summary>
/// <param name="DisplayPath">Path for diagnostics, relative to the working folder.</param>
/// <param name="SourceFile">Path named in output headers: the presets folder's name and the file name.</param>
/// <param name="Name">The preset's name: its <c>name</c> key, else the file name.</param>
/// <param name="NameLocation">Where the name came from.</param>
/// <param name="Root">The document's root mapping.</param>
public sealed record PresetDocument(string DisplayPath, string SourceFile, string Name, SourceLocation NameLocation, YMapping Root)
{
    /// <summary>The <c>extends</c> value, if any.</summary>
    public YScalar? Extends => Root[PresetKeys.Extends] as YScalar;

    /// <summary>True for a base preset that is not rendered.</summary>
    public bool IsAbstract => Root[PresetKeys.Abstract] is YScalar s && Schema.SchemaValidator.ParseBoolean(s) == true;
}
