namespace RunnerGen.Scaffolding;

/// <summary>Where <c>new</c> writes.</summary>
/// <param name="PresetsFolder">The presets folder (full path).</param>
/// <param name="OutputFolder">The output folder (full path).</param>
/// <param name="WorkingDirectory">What relative paths in messages are relative to.</param>
/// <param name="Display">How a full path is shown to the user.</param>
public sealed record ScaffoldTarget(string PresetsFolder, string OutputFolder, string WorkingDirectory, Func<string, string> Display);
