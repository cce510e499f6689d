using System.Diagnostics;
using RunnerGen.Cli;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Cli;

/// <summary>diff --fail-on-risk-increase: findings the trust level allows are no increase of risk; real risk is.</summary>
public sealed class RiskIncreaseTests
{
    [Theory]
    [InlineData("untrusted-kaniko", "trust: untrusted\nstrategy: kaniko\n", ExitCodes.Success)]
    [InlineData("trusted-dind", "trust: trusted\nstrategy: dind\n", ExitCodes.Refused)]
    [InlineData("internal-buildah", "trust: internal\nstrategy: buildah\nacceptRisks: [unconfined]\n", ExitCodes.Refused)]
    [InlineData("internal-kaniko-docker", "trust: internal\nstrategy: kaniko\nexecutor: docker\nplatforms: [gitlab]\n", ExitCodes.Success)]
    [InlineData("untrusted-on-docker-host", "trust: untrusted\nstrategy: kaniko\nexecutor: docker\n", ExitCodes.Refused)]
    public void Adding_a_preset_fails_only_on_real_risk(string name, string preset, int expected)
    {
        using var dir = new TempDir();
        dir.Write("presets/base.yaml", "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/base\n");
        Git(dir.Path, "init", "-q");
        Git(dir.Path, "add", "-A");
        Git(dir.Path, "commit", "-qm", "base");
        dir.Write($"presets/{name}.yaml", preset + "image:\n  destination: registry.example.com/team/web\n");
        Git(dir.Path, "add", "-A");
        Git(dir.Path, "commit", "-qm", "add a preset");

        var run = CliRun.In(dir.Path, "diff", "--base", "HEAD~1", "--fail-on-risk-increase");

        Assert.True(expected == run.ExitCode, run.Out + run.Error);
        Assert.Contains($"new preset", run.Out, StringComparison.Ordinal);
        if (expected == ExitCodes.Success)
        {
            Assert.DoesNotContain("[risk up]", run.Out, StringComparison.Ordinal);
        }
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
