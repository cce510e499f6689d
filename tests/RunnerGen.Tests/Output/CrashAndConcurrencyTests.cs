using System.Diagnostics;
using RunnerGen.Cli;
using RunnerGen.Output;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Output;

/// <summary>A <c>generate</c> killed at any moment, or two at once, leaves a folder the next run accepts.</summary>
public sealed class CrashAndConcurrencyTests
{
    private const int Presets = 200;

    [Fact]
    public void Generate_killed_at_several_points_leaves_a_folder_the_next_run_and_check_accept()
    {
        using var dir = new TempDir();
        WritePresets(dir, "presets", Presets, concurrency: 1);
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        var generated = Path.Combine(dir.Path, "generated");

        // Each round changes every preset, then kills a run: once while it renders, then at points of its writes (the
        // first change below the output folder is the sign that they start).
        var afterFirstWrite = new[] { -1, 0, 5, 20, 80, 250 };
        foreach (var delay in afterFirstWrite)
        {
            WritePresets(dir, "presets", Presets, concurrency: Array.IndexOf(afterFirstWrite, delay) + 2);
            using var writing = new ManualResetEventSlim();
            using var watcher = new FileSystemWatcher(generated) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.DirectoryName };
            watcher.Created += (_, _) => writing.Set();
            watcher.Renamed += (_, _) => writing.Set();
            watcher.Changed += (_, _) => writing.Set();
            watcher.EnableRaisingEvents = true;
            using var child = Child(dir.Path, "generate");
            if (delay < 0)
            {
                Thread.Sleep(300);
            }
            else
            {
                var watch = Stopwatch.StartNew();
                while (!writing.Wait(5) && !child.HasExited && watch.Elapsed < TimeSpan.FromSeconds(60))
                {
                }

                Thread.Sleep(writing.IsSet ? delay : 0);
            }

            if (!child.HasExited)
            {
                child.Kill();
            }

            child.WaitForExit();
        }

        var next = CliRun.In(dir.Path, "generate");
        Assert.True(next.ExitCode == ExitCodes.Success, next.Error);
        Assert.DoesNotContain("RG0205", next.Error, StringComparison.Ordinal);
        var check = CliRun.In(dir.Path, "check");
        Assert.True(check.ExitCode == ExitCodes.Success, check.Out);
        Assert.Empty(Directory.GetFiles(Path.Combine(dir.Path, "generated"), "*.tmp", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.Combine(generated, OutputJournal.FileName)));
    }

    [Fact]
    public void Two_generates_into_one_folder_never_mix()
    {
        using var dir = new TempDir();
        WritePresets(dir, "a", 100, concurrency: 1);
        WritePresets(dir, "b", 100, concurrency: 2);

        using var first = Child(dir.Path, "generate", "--presets", "a");
        using var second = Child(dir.Path, "generate", "--presets", "b");
        Assert.True(first.WaitForExit(120_000) && second.WaitForExit(120_000));
        var errors = first.StandardError.ReadToEnd() + second.StandardError.ReadToEnd();

        var codes = new[] { first.ExitCode, second.ExitCode };
        Assert.Contains(0, codes);
        Assert.All(codes, c => Assert.True(c is 0 || (c == 2 && errors.Contains("error RG0209: another runnergen (pid ", StringComparison.Ordinal)), errors));
        var clean = new[] { "a", "b" }.Count(p => CliRun.In(dir.Path, "check", "--presets", p).ExitCode == ExitCodes.Success);
        Assert.Equal(1, clean);
    }

    private static void WritePresets(TempDir dir, string folder, int count, int concurrency)
    {
        for (var i = 0; i < count; i++)
        {
            dir.Write($"{folder}/p{i:D3}.yaml", $"trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/p{i}\nrunner:\n  concurrency: {concurrency}\n");
        }
    }

    private static Process Child(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "runnergen.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        return process;
    }
}
