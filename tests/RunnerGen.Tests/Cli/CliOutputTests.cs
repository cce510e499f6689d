using RunnerGen.Cli;
using RunnerGen.Cli.Commands;
using RunnerGen.Cli.Reporting;
using RunnerGen.Review;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Cli;

/// <summary>--quiet, --stat, --error-format, colour, check's hints, plain markdown.</summary>
public sealed class CliOutputTests
{
    private const string Preset = "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/web\n";

    [Fact]
    public void Generate_quiet_prints_only_the_summary()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);

        var quiet = CliRun.In(dir.Path, "generate", "--quiet");

        Assert.Equal(ExitCodes.Success, quiet.ExitCode);
        Assert.Equal("1 preset(s), 10 file(s): 10 written, 0 unchanged.\n", quiet.Out);
        Assert.True(File.Exists(Path.Combine(dir.Path, "generated/web/gitlab/config.toml")));
        dir.Write("presets/web.yaml", Preset + "runner:\n  concurrency: 5\n");
        Assert.Contains("wrote generated/web/gitlab/config.toml\n", CliRun.In(dir.Path, "generate").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_stat_prints_one_line_per_file_with_counts_and_no_diff()
    {
        using var dir = Generated();
        dir.Write("presets/web.yaml", Preset + "runner:\n  concurrency: 5\n");
        File.Delete(Path.Combine(dir.Path, "generated/web/gitlab/.gitlab-ci.yml"));

        var run = CliRun.In(dir.Path, "check", "--stat");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("generated/web/gitlab/config.toml: changed +2 -2\n", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"generated/web/gitlab/\.gitlab-ci\.yml: missing \+\d+ -0\n", run.Out);
        Assert.DoesNotContain("@@", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("+++", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_stat_prints_one_line_per_file()
    {
        var report = new ReviewReport([new FileDiff("web/gitlab/config.toml", "a = 1\nb = 2\n", "a = 1\nb = 3\nc = 4\n")], [], []);

        var text = DiffText.Write(report, "main", "generated", stat: true);
        var markdown = DiffMarkdown.Write(report, "main", "generated", stat: true);

        Assert.Contains("  generated/web/gitlab/config.toml +2 -1\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@@", text, StringComparison.Ordinal);
        Assert.Contains("- `generated/web/gitlab/config.toml` (changed) +2 -1\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<details>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_summary_is_plain_markdown_not_html_escaped()
    {
        var report = new ReviewReport([], [new SecurityChange("web", "accepts the risk 'privileged' & <more> *now*", true)], []);

        var markdown = DiffMarkdown.Write(report, "main", "generated");

        Assert.Contains("- **risk up** `web`: accepts the risk 'privileged' & \\<more\\> \\*now\\*\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("&#39;", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_names_force_and_the_backup_when_hand_edits_are_involved()
    {
        using var dir = Generated();
        File.AppendAllText(Path.Combine(dir.Path, "generated/web/kubernetes/build-pod.yaml"), "# tweak\n");

        var run = CliRun.In(dir.Path, "check");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("'runnergen generate --force'", run.Out, StringComparison.Ordinal);
        Assert.Contains("to keep a hand edit, move it into the preset or a template override", run.Out, StringComparison.Ordinal);
        Assert.Contains(".runnergen-backup", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_suggests_generate_with_the_folders_the_user_named()
    {
        using var dir = new TempDir();
        dir.Write("my presets/web.yaml", Preset);

        var plain = CliRun.In(dir.Path, "check", "--presets", "my presets", "--out", "out");

        Assert.Contains("Run 'runnergen generate --presets 'my presets' --out out' to bring out up to date.", plain.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("--force", plain.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void From_inside_the_presets_folder_no_hint_would_create_presets_in_presets()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);
        var inside = Path.Combine(dir.Path, "presets");

        foreach (var command in new[] { "check", "generate" })
        {
            var run = CliRun.In(inside, command);

            Assert.Equal(ExitCodes.UsageError, run.ExitCode);
            Assert.Contains("presets: error RG0202: the presets folder does not exist.", run.Error, StringComparison.Ordinal);
            Assert.Contains("run runnergen from its parent folder (cd ..)", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("runnergen new", run.Error, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(Path.Combine(inside, "presets")));
        Assert.False(Directory.Exists(Path.Combine(inside, "generated")));
    }

    [Fact]
    public void Error_format_gnu_prints_file_line_col_and_the_default_is_unchanged()
    {
        using var dir = new TempDir();
        dir.Write("presets/broken.yaml", "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/a/b\n  dockerfil: Dockerfile\n");

        var gnu = CliRun.In(dir.Path, "generate", "--error-format", "gnu");
        var before = CliRun.In(dir.Path, "--error-format", "gnu", "check");
        var msbuild = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.UsageError, gnu.ExitCode);
        Assert.Contains("presets/broken.yaml:5:3: error RG0002: unknown key 'dockerfil'", gnu.Error, StringComparison.Ordinal);
        Assert.Contains("presets/broken.yaml:5:3: error RG0002", before.Error, StringComparison.Ordinal);
        Assert.Contains("presets/broken.yaml(5,3): error RG0002", msbuild.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_format_gnu_applies_to_audit_findings()
    {
        using var dir = new TempDir();
        dir.Write("config.toml", "[[runners]]\n  executor = \"docker\"\n  [runners.docker]\n    privileged = true\n");

        var run = CliRun.In(dir.Path, "audit", "config.toml", "--error-format", "gnu");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Matches(@"(?m)^config\.toml:\d+:\d+: error RG\d{4} ", run.Out);
    }

    [Fact]
    public void Colour_only_on_a_terminal_without_no_color()
    {
        Assert.True(Paint.Wanted(redirected: false, _ => null));
        Assert.False(Paint.Wanted(redirected: true, _ => null));
        Assert.False(Paint.Wanted(redirected: false, v => v == "NO_COLOR" ? "1" : null));
        Assert.False(Paint.Wanted(redirected: false, v => v == "TERM" ? "dumb" : null));
        Assert.True(Paint.Wanted(redirected: false, v => v == "NO_COLOR" ? string.Empty : null));

        using var dir = Generated();
        dir.Write("presets/web.yaml", Preset + "runner:\n  concurrency: 5\n");
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        CliApp.Run(["check"], new CliContext(output, error, dir.Path) { Color = true });
        var plain = CliRun.In(dir.Path, "check");

        Assert.Contains("\u001b[32m+concurrent = 5\u001b[0m", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", plain.Out + plain.Error, StringComparison.Ordinal);
    }

    private static TempDir Generated()
    {
        var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        return dir;
    }
}
