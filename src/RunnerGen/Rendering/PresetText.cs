namespace RunnerGen.Rendering;

/// <summary>
/// A string that came from a preset. Templates can only write it through an emitter (<c>yaml.str</c>,
/// <c>toml.str</c>, <c>sh.word</c>, <c>gh.str</c>); printing it raw is a render error, so escaping is decided by
/// construction rather than by review.
/// </summary>
public sealed record PresetText(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
