namespace RunnerGen.Presets;

/// <summary>
/// Pinned default builder images, from <c>pins.yaml</c> (<see cref="DefaultPins"/>). Tags, not digests: this repository
/// cannot resolve digests when it is built, and a digest that was never checked is worse than an honest tag. The pins
/// file takes a digest where one is known, and presets can pin digests (<c>image@sha256:…</c>).
/// </summary>
public static class BuilderImageDefaults
{
    /// <summary>The defaults.</summary>
    public static BuilderImages Value => DefaultPins.Images;
}
