namespace RunnerGen.Model;

/// <summary>
/// A build strategy's id: the name of its folder under <c>templates/strategies/</c>. Which ids exist is data (the
/// loaded <see cref="StrategyCatalog"/>), not code, so a user's templates folder can add one.
/// </summary>
/// <param name="Value">The id as written in presets, e.g. <c>kaniko</c>.</param>
public readonly record struct StrategyId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
