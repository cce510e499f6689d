using RunnerGen.Cli;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Cli;

/// <summary>Every kind of preset mistake, through the CLI: a positioned error with its code, exit 2, nothing written.</summary>
public sealed class PresetErrorCliTests
{
    private const string Valid = "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/a/b\n";

    public static TheoryData<string, string, string> Cases => new()
    {
        { "syntax.yaml", "trust: untrusted\nstrategy: [kaniko\n", "presets/syntax.yaml(3,1): error RG0001: invalid YAML:" },
        { "types.yaml", Valid + "runner:\n  concurrency: [4]\n", "presets/types.yaml(6,16): error RG0003: runner.concurrency must be a whole number from 1 to 1000; found a list." },
        { "unknown.yaml", Valid + "exectuor: docker\n", "presets/unknown.yaml(5,1): error RG0002: unknown key 'exectuor' in a preset. Did you mean 'executor'?" },
        { "enum.yaml", "trust: semi\nstrategy: kaniko\nimage:\n  destination: registry.example.com/a/b\n", "presets/enum.yaml(1,8): error RG0004: invalid value 'semi' for trust: must be one of 'trusted', 'internal', 'untrusted'." },
        { "cycle.yaml", "extends: cycle\n", "presets/cycle.yaml(1,10): error RG0008: extends cycle: cycle -> cycle." },
        { "orphan.yaml", "extends: nobody\n", "presets/orphan.yaml(1,10): error RG0007: preset 'orphan' extends 'nobody', which does not exist." },
        { "dup.yaml", "name: valid\n" + Valid, "presets/valid.yaml(1,1): error RG0009: preset name 'valid' is already used by presets/dup.yaml." },
        { "unsafe.yaml", "name: ../../etc\n" + Valid, "presets/unsafe.yaml(1,7): error RG0010: preset name '../../etc' is not safe as a folder name" },
        { "required.yaml", "trust: untrusted\nstrategy: kaniko\n", "presets/required.yaml(1,1): error RG0005: missing required key 'image'." },
        { "newline.yaml", Valid + "runner:\n  tags: [\"a\\nb\"]\n", "presets/newline.yaml(6,10): error RG0006: runner.tags[0] must be a single line without control characters" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_preset_mistake_is_a_positioned_error_with_exit_2_and_nothing_is_written(string file, string text, string expected)
    {
        using var dir = new TempDir();
        dir.Write("presets/valid.yaml", Valid);
        dir.Write($"presets/{file}", text);

        var run = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "generated")));
    }
}
