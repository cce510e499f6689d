using BenchmarkDotNet.Attributes;
using RunnerGen.Generation;
using RunnerGen.Presets;
using RunnerGen.Rendering;

namespace RunnerGen.Benchmarks;

/// <summary>Rendering one preset in process: every output, parsed back and checked by the policy.</summary>
[MemoryDiagnoser]
public class RenderOnePreset
{
    private PresetSet _presets = null!;
    private Generator _generator = null!;

    /// <summary>The built-in preset to render.</summary>
    [Params("untrusted-kaniko", "trusted-dind")]
    public string Preset { get; set; } = "untrusted-kaniko";

    /// <summary>Loads the built-in presets once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _presets = PresetScaffold.BuiltIn();
        _generator = new Generator(new TemplateStore());
    }

    /// <summary>Renders, parses back and checks one preset (templates are parsed once per run, as in the CLI).</summary>
    [Benchmark]
    public int Render() => _generator.Render(_presets, [Preset]).Files.Count;

    /// <summary>Loads and validates the preset from text.</summary>
    [Benchmark]
    public int Load() => PresetLoader.Load([(Text, "presets/p.yaml", "presets/p.yaml")]).Presets.Count;

    private const string Text = "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/app\nrunner:\n  tags: [a, b]\n";
}
