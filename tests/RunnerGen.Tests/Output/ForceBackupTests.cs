using RunnerGen.Cli;
using RunnerGen.Output;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Output;

/// <summary>generate --force keeps a backup of every hand-edited or foreign file it replaces or removes.</summary>
public sealed class ForceBackupTests
{
    private const string Preset = "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/web\n";

    [Fact]
    public void Force_keeps_a_backup_of_a_hand_edited_file_and_never_overwrites_an_older_backup()
    {
        using var dir = Generated();
        var pod = Path.Combine(dir.Path, "generated/web/kubernetes/build-pod.yaml");
        var rendered = File.ReadAllText(pod);
        File.AppendAllText(pod, "# first\n");

        var first = CliRun.In(dir.Path, "generate", "--force");
        File.AppendAllText(pod, "# second\n");
        var second = CliRun.In(dir.Path, "generate", "--force", "--quiet");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Contains("kept a backup of generated/web/kubernetes/build-pod.yaml as generated/web/kubernetes/build-pod.yaml.runnergen-backup", first.Out, StringComparison.Ordinal);
        Assert.Contains("as generated/web/kubernetes/build-pod.yaml.runnergen-backup.1", second.Out, StringComparison.Ordinal);
        Assert.Equal(rendered + "# first\n", File.ReadAllText(pod + OutputBackup.Suffix));
        Assert.Equal(rendered + "# second\n", File.ReadAllText(pod + OutputBackup.Suffix + ".1"));
        Assert.Equal(rendered, File.ReadAllText(pod));
        var check = CliRun.In(dir.Path, "check");
        Assert.Equal(ExitCodes.Success, check.ExitCode);
        Assert.DoesNotContain("backup", check.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        Assert.True(File.Exists(pod + OutputBackup.Suffix));
    }

    [Fact]
    public void Force_keeps_a_backup_of_a_file_runnergen_did_not_write()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);
        var mine = dir.Write("generated/web/gitlab/config.toml", "# mine\n");

        var refused = CliRun.In(dir.Path, "generate");
        Assert.Equal(ExitCodes.UsageError, refused.ExitCode);
        Assert.Contains("error RG0200: exists and was not written by runnergen; it is left as it is. Move it away, or run again with --force to replace it (it is kept as FILE.runnergen-backup).", refused.Error, StringComparison.Ordinal);
        var run = CliRun.In(dir.Path, "generate", "--force");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("# mine\n", File.ReadAllText(mine + OutputBackup.Suffix));
        Assert.NotEqual("# mine\n", File.ReadAllText(mine));
    }

    [Fact]
    public void Force_keeps_a_backup_of_a_hand_edited_file_it_removes()
    {
        using var dir = Generated();
        var pod = Path.Combine(dir.Path, "generated/web/kubernetes/build-pod.yaml");
        File.AppendAllText(pod, "# tweak\n");
        var edited = File.ReadAllText(pod);
        File.Delete(Path.Combine(dir.Path, "presets/web.yaml"));

        var run = CliRun.In(dir.Path, "generate", "--force");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.False(File.Exists(pod));
        Assert.Equal(edited, File.ReadAllText(pod + OutputBackup.Suffix));
    }

    private static TempDir Generated()
    {
        var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        return dir;
    }
}
