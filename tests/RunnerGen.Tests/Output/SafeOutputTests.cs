using RunnerGen.Cli;
using RunnerGen.Output;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Output;

/// <summary>Nothing is read, written or deleted outside the output folder; crashes and two writers leave a consistent folder.</summary>
public sealed class SafeOutputTests
{
    private const string Preset = "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/web\n";

    [Fact]
    public void A_symlinked_sub_folder_is_never_written_through()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);
        var elsewhere = Directory.CreateDirectory(Path.Combine(dir.Path, "elsewhere")).FullName;
        Directory.CreateDirectory(Path.Combine(dir.Path, "generated"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "generated", "web"), elsewhere);

        var run = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("generated/web: error RG0208: is a symbolic link", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(elsewhere));
    }

    [Fact]
    public void Check_does_not_read_through_a_symlinked_sub_folder()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        var web = Path.Combine(dir.Path, "generated", "web");
        Directory.Move(web, Path.Combine(dir.Path, "elsewhere"));
        File.CreateSymbolicLink(web, Path.Combine(dir.Path, "elsewhere"));

        var run = CliRun.In(dir.Path, "check");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("error RG0208", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("up to date", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_entry_through_a_symlink_never_deletes_outside_the_output_folder()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);
        dir.Write("presets/api.yaml", Preset.Replace("team/web", "team/api", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        var api = Path.Combine(dir.Path, "generated", "api");
        var outside = Path.Combine(dir.Path, "outside");
        Directory.Move(api, outside);
        File.CreateSymbolicLink(api, outside);
        File.Delete(Path.Combine(dir.Path, "presets", "api.yaml"));
        var before = Directory.GetFiles(outside, "*", SearchOption.AllDirectories).Length;

        foreach (var args in new[] { new[] { "generate" }, ["generate", "--force"] })
        {
            var run = CliRun.In(dir.Path, args);
            Assert.Equal(ExitCodes.UsageError, run.ExitCode);
            Assert.Contains("error RG0208", run.Error, StringComparison.Ordinal);
        }

        Assert.Equal(before, Directory.GetFiles(outside, "*", SearchOption.AllDirectories).Length);
        Assert.True(before > 0);
    }

    [Fact]
    public void A_fifo_where_an_output_goes_is_refused_without_hanging()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);
        Directory.CreateDirectory(Path.Combine(dir.Path, "generated/web/gitlab"));
        Fifo.Make(Path.Combine(dir.Path, "generated/web/gitlab/config.toml"));

        var run = CliRun.In(dir.Path, "check");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("generated/web/gitlab/config.toml: error RG0210: is not a regular file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Leftover_temporary_files_are_removed_and_named_by_the_next_run()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        var leftover = dir.Write("generated/web/gitlab/.config.toml.0123456789abcdef0123456789abcdef.tmp", "half");
        var root = dir.Write("generated/..runnergen-manifest.json.0123456789abcdef0123456789abcdef.tmp", "half");
        dir.Write("generated/.runnergen-journal.json", "{\"files\":{}}\n");

        var run = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("removed leftover temporary file generated/web/gitlab/.config.toml.0123456789abcdef0123456789abcdef.tmp", run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(leftover));
        Assert.False(File.Exists(root));
    }

    [Fact]
    public void A_run_interrupted_after_some_renames_is_reconciled_without_false_hand_edits()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        var root = Path.Combine(dir.Path, "generated");
        var manifestPath = Path.Combine(root, Manifest.FileName);
        var oldManifest = File.ReadAllText(manifestPath);
        var configPath = Path.Combine(root, "web/gitlab/config.toml");
        var oldConfig = File.ReadAllText(configPath);

        // A run with a new concurrency, killed after its journal and all renames but one, before the manifest.
        dir.Write("presets/web.yaml", Preset + "runner:\n  concurrency: 5\n");
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        var newFiles = Manifest.Load(root).Files;
        File.WriteAllText(manifestPath, oldManifest);
        var old = Manifest.Load(root);
        var changed = newFiles.Where(f => !old.Files.TryGetValue(f.Key, out var hash) || hash != f.Value).Select(f => (f.Key, (string?)f.Value)).ToList();
        Assert.Contains(changed, c => c.Key == "web/gitlab/config.toml");
        File.WriteAllText(Path.Combine(root, OutputJournal.FileName), OutputJournal.For(old, changed));
        File.WriteAllText(configPath, oldConfig);

        // check sees a half-done run as files still to update, never as hand edits, and writes nothing.
        var check = CliRun.In(dir.Path, "check");
        Assert.Equal(ExitCodes.Refused, check.ExitCode);
        Assert.Contains("generated/web/gitlab/config.toml: changed", check.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("edited by hand", check.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(root, OutputJournal.FileName)));

        dir.Write("presets/web.yaml", Preset + "runner:\n  concurrency: 6\n");
        var run = CliRun.In(dir.Path, "generate");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("RG0205", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "generated", OutputJournal.FileName)));
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "check").ExitCode);
    }

    [Fact]
    public void A_second_writer_is_refused_and_told_who_holds_the_folder()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);
        Directory.CreateDirectory(Path.Combine(dir.Path, "generated"));

        using (OutputLock.Acquire(Path.Combine(dir.Path, "generated"), "generated"))
        {
            var run = CliRun.In(dir.Path, "generate");
            Assert.Equal(ExitCodes.UsageError, run.ExitCode);
            Assert.Contains($"error RG0209: another runnergen (pid {Environment.ProcessId}) is writing this folder", run.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(dir.Path, "generated/web/gitlab/config.toml")));

            Assert.NotEqual(ExitCodes.UsageError, CliRun.In(dir.Path, "check").ExitCode);
        }

        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
    }
}
