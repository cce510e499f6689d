using RunnerGen.Generation;

namespace RunnerGen.Scaffolding;

/// <summary>What <see cref="ScaffoldWriter"/> did.</summary>
/// <param name="Rendered">The preset rendered; null when rendering reported errors (nothing was written).</param>
/// <param name="Gate">What the write gate decided and wrote; null when not rendered.</param>
public sealed record ScaffoldWrite(GenerationResult? Rendered, GatedWrite? Gate);
