using System.Diagnostics;
using CsCheck;
using System.Text;
using RunnerGen.Cli;
using RunnerGen.Diagnostics;
using RunnerGen.Presets;
using RunnerGen.Tests.Support;
using RunnerGen.Yaml;

namespace RunnerGen.Tests.Output;

/// <summary>Hostile input files end in a positioned RG error: never a crash, a hang or an unbounded read.</summary>
public sealed class HostileInputFileTests
{
    private const string Preset = "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/web\n";

    [Fact]
    public void Yaml_nested_forty_thousand_levels_deep_is_an_error()
    {
        var diagnostics = new DiagnosticBag();
        var text = new string('[', 40_000) + new string(']', 40_000);

        Assert.Null(YamlDocumentLoader.Load(text, "deep.yaml", diagnostics));
        Assert.Contains(diagnostics.Sorted(), d => d.Id == "RG0012" && d.Location.Line == 1 && d.Location.Column == 65);
    }

    [Fact]
    public void Yaml_block_nesting_past_the_limit_is_an_error()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 100; i++)
        {
            text.Append(' ', i).Append('k').Append(i).Append(":\n");
        }

        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlDocumentLoader.Load(text.ToString(), "deep.yaml", diagnostics));
        Assert.Contains(diagnostics.Sorted(), d => d.Id == "RG0012");
    }

    [Theory]
    [InlineData("a = " + "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")]
    [InlineData("\0\u0001\u0002binary")]
    [InlineData("a = 1\na = 2\n")]
    [InlineData("a = \"x\fy\"\n")]
    [InlineData("[a]\nb = 1\n[a.b]\nc = 1\n")]
    [InlineData("[[runners]\n")]
    [InlineData("a.b = 1\na.b.c = 2\n")]
    public void The_toml_loader_never_throws(string text)
    {
        var diagnostics = new DiagnosticBag();

        var root = TomlDocumentLoader.Load(text, "config.toml", diagnostics);

        Assert.Null(root);
        Assert.Contains(diagnostics.Sorted(), d => d.Severity == Severity.Error && d.Location.File == "config.toml");
    }

    [Fact]
    public void The_toml_loader_never_throws_on_a_damaged_config()
    {
        var config = BuiltIn.File("trusted-dind/gitlab/config.toml").Content;
        Gen.Select(Gen.Int[0, config.Length - 1], Gen.Int[0, config.Length - 1], Gen.Char["[]{}\"'=\n#.,\\\f\0 a1"])
            .Sample((cut, at, c) =>
            {
                var damaged = (config[..at] + c + config[(at + 1)..])[..Math.Max(cut, 1)];
                var diagnostics = new DiagnosticBag();
                var root = TomlDocumentLoader.Load(damaged, "config.toml", diagnostics);
                return root is not null || diagnostics.HasErrors;
            }, iter: 2000);
    }

    [Fact]
    public void Toml_nested_forty_thousand_levels_deep_is_an_error()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(TomlDocumentLoader.Load("a = " + new string('[', 40_000) + new string(']', 40_000) + "\n", "config.toml", diagnostics));
        Assert.Contains(diagnostics.Sorted(), d => d.Id == "RG0012");
    }

    [Fact]
    public void Audit_of_bad_toml_exits_2_not_70()
    {
        using var dir = new TempDir();
        dir.Write("config.toml", "a = 1\na = 2\n");

        var run = CliRun.In(dir.Path, "audit", "config.toml");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_in_the_presets_folder_is_refused_without_hanging()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);
        Fifo.Make(Path.Combine(dir.Path, "presets", "pipe.yaml"));

        foreach (var command in new[] { new[] { "generate" }, ["check"], ["explain", "web"] })
        {
            var run = CliRun.In(dir.Path, command);
            Assert.Equal(ExitCodes.UsageError, run.ExitCode);
            Assert.Contains("presets/pipe.yaml: error RG0014: is not a regular file", run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Audit_of_a_fifo_is_refused_without_hanging_and_the_other_files_are_audited()
    {
        using var dir = new TempDir();
        Fifo.Make(Path.Combine(dir.Path, "pipe.yaml"));
        dir.Write("config.toml", "[[runners]]\n  name = \"a\"\n  executor = \"docker\"\n  [runners.docker]\n    image = \"alpine\"\n    allowed_images = [\"alpine\"]\n");

        var audit = Task.Run(() => CliRun.In(dir.Path, "audit", "pipe.yaml", "config.toml"));
        var finished = await Task.WhenAny(audit, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == audit, "audit hung on a named pipe");

        var run = await audit;
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("pipe.yaml: error RG0014: is not a regular file", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 file(s), 0 finding(s)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_of_a_file_larger_than_the_limit_is_refused()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "huge.yaml");
        using (var file = File.Create(path))
        {
            file.SetLength(InputFile.AuditLimit + 1);
        }

        var run = CliRun.In(dir.Path, "audit", "huge.yaml");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("huge.yaml: error RG0013: is larger than", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_preset_linked_to_dev_zero_is_refused()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "presets", "zero.yaml"), "/dev/zero");

        var run = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("presets/zero.yaml: error RG0014: is not a regular file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_preset_larger_than_the_limit_is_refused()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset + "# " + new string('x', 1024 * 1024) + "\n");

        var run = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("presets/web.yaml: error RG0013: is larger than 1 MiB", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_in_a_preset_is_refused_with_its_byte_offset()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "presets", "web.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("trust: untrusted\n# caf"), 0xE9, .. Encoding.UTF8.GetBytes("\n")]);

        var run = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("presets/web.yaml(2,6): error RG0015: is not valid UTF-8 at byte offset 22", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "generated")));
    }

    [Fact]
    public void A_two_thousand_preset_extends_cycle_is_one_error_and_fast()
    {
        var files = Enumerable.Range(0, 2000)
            .Select(i => ($"extends: p{(i + 1) % 2000:D4}\n" + Preset, $"presets/p{i:D4}.yaml", $"presets/p{i:D4}.yaml"))
            .ToList();
        var watch = Stopwatch.StartNew();

        var set = PresetLoader.Load(files);

        var cycles = set.Diagnostics.Sorted().Where(d => d.Id == DiagnosticIds.ExtendsCycle).ToList();
        Assert.Single(cycles);
        Assert.True(cycles[0].ToString().Length < 2000, "the message names the cycle briefly");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "a guard against the quadratic walk, not a benchmark");
    }

    [Fact]
    public void A_base_revision_with_a_dot_dot_entry_is_refused_and_nothing_is_written_outside()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);
        Git(dir.Path, "init", "-q");
        Git(dir.Path, "add", "presets");
        var presets = Git(dir.Path, "write-tree").Trim();
        var blob = GitIn("pwned\n", dir.Path, "hash-object", "-w", "--stdin").Trim();
        var inner = GitIn($"100644 blob {blob}\trunnergen-escape-{Guid.NewGuid():N}.sbn\n", dir.Path, "mktree").Trim();
        var dotdot = GitIn($"040000 tree {inner}\t..\n", dir.Path, "mktree").Trim();
        var listing = Git(dir.Path, "ls-tree", presets);
        var root = GitIn(listing + $"040000 tree {dotdot}\ttemplates\n", dir.Path, "mktree").Trim();
        var commit = Git(dir.Path, "commit-tree", root, "-m", "base").Trim();

        var run = CliRun.In(dir.Path, "diff", "--base", commit);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("error RG0214: the base revision holds an unsafe path 'templates/../", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), "runnergen-escape-*"));
    }

    private static string Git(string folder, params string[] args) => GitIn(string.Empty, folder, args);

    private static string GitIn(string input, string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in new[] { "-c", "user.name=runnergen tests", "-c", "user.email=tests@example.com", "-c", "commit.gpgsign=false" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        return output;
    }
}
