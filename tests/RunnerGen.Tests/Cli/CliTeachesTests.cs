using RunnerGen.Cli;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Cli;

/// <summary>Help with examples and exit codes, `help COMMAND`, did-you-mean, one --format vocabulary.</summary>
public sealed class CliTeachesTests
{
    public static TheoryData<string> Commands => ["new", "generate", "check", "diff", "explain", "audit", "apply", "schema", "help"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_help_has_examples_and_exit_codes(string command)
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, command, "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:\n  runnergen " + (command == "help" ? "help" : command), run.Out, StringComparison.Ordinal);
        Assert.Contains("Exit codes:\n  0   ", run.Out, StringComparison.Ordinal);
        Assert.Contains("  70  a bug in runnergen", run.Out, StringComparison.Ordinal);
        Assert.Contains("--error-format", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_help_shows_optional_arguments_in_brackets_and_every_exit_code()
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("  new [NAME] --strategy S", run.Out, StringComparison.Ordinal);
        Assert.Contains("  generate [PRESET...]", run.Out, StringComparison.Ordinal);
        Assert.Contains("  help [COMMAND]", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<PRESET>", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<NAME>", run.Out, StringComparison.Ordinal);
        foreach (var code in new[] { "0 ", "1 ", "2 ", "70" })
        {
            Assert.Contains("\n  " + code, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_command_prints_the_same_as_help_option()
    {
        using var dir = new TempDir();

        var viaCommand = CliRun.In(dir.Path, "help", "generate");
        var viaOption = CliRun.In(dir.Path, "generate", "--help");
        var root = CliRun.In(dir.Path, "help");

        Assert.Equal(ExitCodes.Success, viaCommand.ExitCode);
        Assert.Equal(viaOption.Out, viaCommand.Out);
        Assert.Contains("--force", viaCommand.Out, StringComparison.Ordinal);
        Assert.Equal(CliRun.In(dir.Path, "--help").Out, root.Out);
    }

    [Theory]
    [InlineData("Did you mean 'generate'?", "genrate")]
    [InlineData("Did you mean 'generate'?", "help", "genrate")]
    [InlineData("Did you mean '--force'?", "generate", "--forse")]
    [InlineData("Did you mean '--stat'?", "check", "--stats")]
    [InlineData("'sarf' is not one of text, json, sarif. Did you mean 'sarif'?", "audit", "x.toml", "--format", "sarf")]
    [InlineData("Did you mean 'kaniko'?", "new", "web", "--strategy", "kanico")]
    public void A_mistyped_command_option_or_value_gets_a_suggestion(string expected, params string[] args)
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, args);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command was not provided", run.Error, StringComparison.Ordinal);
        Assert.Empty(dir.Snapshot());
    }

    [Theory]
    [InlineData("explain", "text", "json")]
    [InlineData("diff", "text", "markdown")]
    [InlineData("audit", "text", "json", "sarif")]
    public void Format_is_one_option_shape_from_one_vocabulary(string command, params string[] values)
    {
        using var dir = new TempDir();

        var help = CliRun.In(dir.Path, command, "--help").Out;

        Assert.Contains("--format <FORMAT>", help, StringComparison.Ordinal);
        Assert.Contains("Output format: " + string.Join(", ", values) + ".", help, StringComparison.Ordinal);
        Assert.All(values, v => Assert.Contains(v, new[] { "text", "json", "markdown", "sarif" }));
    }

    [Theory]
    [InlineData("explain", "untrusted-kaniko")]
    [InlineData("diff", "--base", "HEAD")]
    public void Explain_and_diff_take_no_out_option_that_only_renames_printed_paths(params string[] args)
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();

        var run = CliRun.In(dir.Path, [.. args, "--out", "elsewhere"]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("'--out'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("--out", CliRun.In(dir.Path, args[0], "--help").Out, StringComparison.Ordinal);
    }
}
