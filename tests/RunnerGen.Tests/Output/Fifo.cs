using System.Diagnostics;

namespace RunnerGen.Tests.Output;

/// <summary>Makes named pipes with mkfifo(1) for tests that must not hang on one.</summary>
internal static class Fifo
{
    public static void Make(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
