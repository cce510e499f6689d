using RunnerGen.Generation;
using RunnerGen.Presets;
using RunnerGen.Rendering;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Output;

/// <summary>The write gate in the core, without the command line: what it decides, writes and reports.</summary>
public sealed class WriteGateTests
{
    private const string Kaniko = "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/web\n";

    [Fact]
    public void A_refused_preset_writes_nothing_and_names_the_refusal()
    {
        using var dir = new TempDir();
        var result = Render(dir, Kaniko + "executor: docker\n");

        var write = WriteGate.Write(result, Out(dir), allPresets: true, force: false, p => p, new Progress());

        Assert.Equal(WriteOutcome.Refused, write.Outcome);
        Assert.Equal("web", Assert.Single(write.Refusals).Preset.Name);
        Assert.False(Directory.Exists(Out(dir)));
    }

    [Fact]
    public void Writes_the_plan_then_finds_nothing_to_change()
    {
        using var dir = new TempDir();
        var result = Render(dir, Kaniko);

        var first = WriteGate.Write(result, Out(dir), allPresets: true, force: false, p => p, new Progress());
        var second = WriteGate.Write(result, Out(dir), allPresets: true, force: false, p => p, new Progress());

        Assert.Equal(WriteOutcome.Written, first.Outcome);
        Assert.Equal(result.Files.Select(f => f.Path).Order(StringComparer.Ordinal), first.Changes.Select(c => c.Path).Order(StringComparer.Ordinal));
        Assert.All(result.Files, f => Assert.Equal(f.Content, File.ReadAllText(Path.Combine(Out(dir), f.Path))));
        Assert.Equal(WriteOutcome.Written, second.Outcome);
        Assert.Empty(second.Changes);
    }

    [Fact]
    public void A_file_edited_by_hand_is_a_conflict_unless_forced_and_then_backed_up()
    {
        using var dir = new TempDir();
        var result = Render(dir, Kaniko);
        WriteGate.Write(result, Out(dir), allPresets: true, force: false, p => p, new Progress());
        var edited = Path.Combine(Out(dir), result.Files[0].Path);
        File.AppendAllText(edited, "# edited by hand\n");

        var refused = WriteGate.Write(result, Out(dir), allPresets: true, force: false, p => p, new Progress());
        var progress = new Progress();
        var forced = WriteGate.Write(result, Out(dir), allPresets: true, force: true, p => p, progress);

        Assert.Equal(WriteOutcome.Conflicts, refused.Outcome);
        Assert.Null(refused.Plan);
        Assert.Contains(refused.Conflicts, d => d.Location.File == edited);
        Assert.Equal(WriteOutcome.Written, forced.Outcome);
        Assert.Equal(edited, Assert.Single(progress.Backups).Full);
        Assert.Equal(result.Files[0].Content, File.ReadAllText(edited));
    }

    private static string Out(TempDir dir) => Path.Combine(dir.Path, "generated");

    private static GenerationResult Render(TempDir dir, string preset)
    {
        dir.Write("presets/web.yaml", preset);
        var set = PresetLoader.LoadDirectory(Path.Combine(dir.Path, "presets"), dir.Path);
        var result = new Generator(new TemplateStore()).Render(set, []);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
        return result;
    }

    private sealed class Progress : IWriteProgress
    {
        public List<(string Full, string Backup)> Backups { get; } = [];

        public void Leftover(string full)
        {
        }

        public void BackedUp(string full, string backup) => Backups.Add((full, backup));
    }
}
