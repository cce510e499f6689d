using System.Diagnostics;
using RunnerGen.Cli;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Cli;

/// <summary><c>diff</c> renders the base revision with that revision's templates and strategy folders, from memory.</summary>
public sealed class DiffTemplatesTests
{
    [Fact]
    public void The_base_renders_with_its_own_strategy_folder_and_partials()
    {
        using var dir = new TempDir();
        var kaniko = Path.Combine(RepoPaths.Root, "templates", "strategies", "kaniko");
        foreach (var file in Directory.GetFiles(kaniko))
        {
            dir.Write(Path.Combine("templates", "strategies", "podman", Path.GetFileName(file)), File.ReadAllText(file));
        }

        dir.Write("presets/web.yaml", "trust: untrusted\nstrategy: podman\nimage:\n  destination: registry.example.com/team/web\n");
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        Git(dir.Path, "init", "-q");
        Git(dir.Path, "add", "-A");
        Git(dir.Path, "commit", "-qm", "podman");
        var job = Path.Combine(dir.Path, "templates", "strategies", "podman", "gitlab-job.sbn");
        File.WriteAllText(job, File.ReadAllText(job).Replace("# Kaniko from a maintained fork", "# Podman's own job.\n# Kaniko from a maintained fork", StringComparison.Ordinal));
        Git(dir.Path, "commit", "-qam", "podman job");
        Directory.Delete(Path.Combine(dir.Path, "templates"), recursive: true);
        dir.Write("presets/web.yaml", "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/web\n");
        Git(dir.Path, "commit", "-qam", "kaniko again");
        var tempBefore = Directory.GetDirectories(Path.GetTempPath(), "runnergen-base-*").Length;

        var partial = CliRun.In(dir.Path, "diff", "--base", "HEAD~2");
        var gone = CliRun.In(dir.Path, "diff", "--base", "HEAD~1");

        Assert.Equal(ExitCodes.Success, partial.ExitCode);
        Assert.DoesNotContain("warning", partial.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Podman's own job", partial.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, gone.ExitCode);
        Assert.DoesNotContain("warning", gone.Error, StringComparison.Ordinal);
        Assert.Contains("-  # Podman's own job.\n", gone.Out, StringComparison.Ordinal);
        Assert.Equal(tempBefore, Directory.GetDirectories(Path.GetTempPath(), "runnergen-base-*").Length);
    }

    private static void Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-c", "user.name=runnergen tests", "-c", "user.email=tests@example.com", "-c", "commit.gpgsign=false" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
    }
}
