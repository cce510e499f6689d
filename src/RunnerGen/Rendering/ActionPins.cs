using RunnerGen.Model;
using RunnerGen.Presets;

namespace RunnerGen.Rendering;

/// <summary>
/// GitHub Actions used by generated workflows, pinned to full commit SHAs with the version in a comment
/// (GitHub: "Pinning an action to a full-length commit SHA is currently the only way to use an action as an
/// immutable release"). They live in <c>pins.yaml</c> with the images (<see cref="DefaultPins"/>): refresh them there.
/// </summary>
public static class ActionPins
{
    /// <summary>Action name to <c>owner/repo@sha # vX.Y.Z</c>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All => DefaultPins.Actions;
}
