using RunnerGen.Cli;
using RunnerGen.Output;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Cli;

/// <summary>Each RG id has one meaning: "a file in the way" (RG0200) is not reused for "no such file" or "cannot be read".</summary>
public sealed class DiagnosticIdMeaningTests
{
    [Fact]
    public void Apply_to_a_config_that_does_not_exist_is_no_such_file_not_a_file_in_the_way()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();

        var run = CliRun.In(dir.Path, "apply", "trusted-dind", "--config", "missing.toml");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("missing.toml: error RG0216: no such file.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("RG0200", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_that_cannot_be_read_has_its_own_id()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        File.WriteAllText(Path.Combine(dir.Path, "generated", Manifest.FileName), "{ not json");

        var run = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("error RG0218: the manifest cannot be read", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_id_is_declared_once()
    {
        var ids = typeof(RunnerGen.Diagnostics.DiagnosticIds).GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
