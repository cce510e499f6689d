namespace RunnerGen.Model;

/// <summary>The text of one <c>strategies/ID/strategy.yaml</c>, with the id its folder gives and how to name it in messages.</summary>
/// <param name="Id">The folder name.</param>
/// <param name="Text">The descriptor's YAML.</param>
/// <param name="Display">The file as messages name it.</param>
public sealed record StrategyDescriptorFile(string Id, string Text, string Display);
