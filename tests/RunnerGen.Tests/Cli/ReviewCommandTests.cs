using System.Diagnostics;
using RunnerGen.Cli;
using RunnerGen.Tests.Support;
using Tomlyn.Model;

namespace RunnerGen.Tests.Cli;

/// <summary>check, diff --base, safe writes and apply.</summary>
public sealed class ReviewCommandTests
{
    [Fact]
    public void Check_is_clean_after_generate_and_writes_nothing()
    {
        using var dir = Generated();
        var before = dir.Snapshot();

        var run = CliRun.In(dir.Path, "check");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("check: 10 file(s) of 1 preset(s) are up to date.", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, dir.Snapshot());
    }

    [Fact]
    public void Check_reports_every_kind_of_drift_with_a_diff()
    {
        using var dir = Generated();
        File.Delete(Path.Combine(dir.Path, "generated/web/gitlab/.gitlab-ci.yml"));
        File.AppendAllText(Path.Combine(dir.Path, "generated/web/kubernetes/build-pod.yaml"), "# tweak\n");
        dir.Write("presets/web.yaml", Preset + "platforms: [gitlab]\nrunner:\n  concurrency: 5\n");
        var before = dir.Snapshot();

        var run = CliRun.In(dir.Path, "check");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("generated/web/gitlab/.gitlab-ci.yml: missing", run.Out, StringComparison.Ordinal);
        Assert.Contains("generated/web/gitlab/config.toml: changed", run.Out, StringComparison.Ordinal);
        Assert.Contains("-concurrent = 4\n+concurrent = 5", run.Out, StringComparison.Ordinal);
        Assert.Contains("generated/web/github/arc-values.yaml: stale", run.Out, StringComparison.Ordinal);
        Assert.Contains("generated/web/kubernetes/build-pod.yaml: edited by hand", run.Out, StringComparison.Ordinal);
        Assert.Contains("-# tweak", run.Out, StringComparison.Ordinal);
        Assert.Contains("check: 1 missing, 2 changed, 3 stale, 1 edited by hand.", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, dir.Snapshot());
    }

    [Fact]
    public void Generate_keeps_a_hand_edited_file_unless_forced()
    {
        using var dir = Generated();
        var pod = Path.Combine(dir.Path, "generated/web/kubernetes/build-pod.yaml");
        File.AppendAllText(pod, "# tweak\n");
        dir.Write("presets/web.yaml", Preset + "runner:\n  concurrency: 5\n");
        var before = dir.Snapshot();

        var refused = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.UsageError, refused.ExitCode);
        Assert.Contains("generated/web/kubernetes/build-pod.yaml: error RG0205: was edited by hand after runnergen wrote it; it is left as it is. Move the change into the preset or a template override, or run again with --force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before, dir.Snapshot());

        var forced = CliRun.In(dir.Path, "generate", "--force");

        Assert.Equal(ExitCodes.Success, forced.ExitCode);
        Assert.DoesNotContain("# tweak", File.ReadAllText(pod), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_never_replaces_a_file_it_did_not_write()
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/web\n");
        var mine = dir.Write("generated/web/gitlab/config.toml", "# my own runner config\n");

        var run = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("generated/web/gitlab/config.toml: error RG0200: exists and was not written by runnergen", run.Error, StringComparison.Ordinal);
        Assert.Equal("# my own runner config\n", File.ReadAllText(mine));
        Assert.False(File.Exists(Path.Combine(dir.Path, "generated/web/gitlab/.gitlab-ci.yml")));
    }

    [Fact]
    public void Generate_removes_the_outputs_of_a_deleted_preset_but_not_files_it_did_not_write()
    {
        using var dir = Generated();
        var notes = dir.Write("generated/web/NOTES.md", "ours, not runnergen's\n");
        File.Delete(Path.Combine(dir.Path, "presets/web.yaml"));
        dir.Write("presets/other.yaml", "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/other\n");

        var run = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("removed generated/web/gitlab/config.toml", run.Out, StringComparison.Ordinal);
        Assert.Contains("10 stale removed", run.Out, StringComparison.Ordinal);
        Assert.Equal(["generated/.runnergen-manifest.json", "generated/web/NOTES.md"], dir.Snapshot().Keys.Where(k => !k.StartsWith("generated/other/", StringComparison.Ordinal) && !k.StartsWith("presets/", StringComparison.Ordinal)));
        Assert.True(File.Exists(notes));
        Assert.DoesNotContain("web/", File.ReadAllText(Path.Combine(dir.Path, "generated/.runnergen-manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_entry_that_escapes_the_output_root_is_ignored()
    {
        using var dir = Generated();
        var outside = dir.Write("precious.txt", "keep me\n");
        var manifest = Path.Combine(dir.Path, "generated/.runnergen-manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"files\": {", "\"files\": {\n    \"../precious.txt\": \"sha256:00\",", StringComparison.Ordinal));
        File.Delete(Path.Combine(dir.Path, "presets/web.yaml"));

        var run = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("keep me\n", File.ReadAllText(outside));
        Assert.DoesNotContain("precious", File.ReadAllText(manifest), StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_across_two_commits_shows_the_privilege_change_and_fails_on_risk_increase()
    {
        using var dir = Generated();
        Git(dir.Path, "init", "-q");
        Git(dir.Path, "add", "-A");
        Git(dir.Path, "commit", "-qm", "untrusted kaniko");
        dir.Write("presets/web.yaml", "trust: trusted\nstrategy: dind\nimage:\n  destination: registry.example.com/team/web\n");
        Git(dir.Path, "commit", "-qam", "trusted dind");

        var text = CliRun.In(dir.Path, "diff", "--base", "HEAD~1");
        var markdown = CliRun.In(dir.Path, "diff", "--base", "HEAD~1", "--format", "markdown", "--fail-on-risk-increase");
        var same = CliRun.In(dir.Path, "diff", "--base", "HEAD", "--fail-on-risk-increase");

        Assert.Equal(ExitCodes.Success, text.ExitCode);
        Assert.Contains("[risk up] web: trust level untrusted → trusted", text.Out, StringComparison.Ordinal);
        Assert.Contains("[risk up] web: privileged containers turned ON", text.Out, StringComparison.Ordinal);
        Assert.Contains("Pod Security level of Pod web-build in generated/web/kubernetes/build-pod.yaml: baseline → privileged", text.Out, StringComparison.Ordinal);
        Assert.Contains("+++ b/generated/web/gitlab/config.toml", text.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Refused, markdown.ExitCode);
        Assert.StartsWith("## runnergen: generated changes against `HEAD~1`\n\n### Security summary", markdown.Out, StringComparison.Ordinal);
        Assert.True(markdown.Out.IndexOf("### Security summary", StringComparison.Ordinal) < markdown.Out.IndexOf("<details>", StringComparison.Ordinal));
        Assert.Contains("<details><summary><code>generated/web/gitlab/config.toml</code> (changed)</summary>", markdown.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, same.ExitCode);
        Assert.Contains("no security-relevant change", same.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_outside_a_git_repository_is_a_clear_error()
    {
        using var dir = Generated();

        var run = CliRun.In(dir.Path, "diff", "--base", "main");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("git: error RG0206: git rev-parse --show-toplevel failed", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_keeps_other_runners_and_the_runners_credentials_and_writes_a_backup()
    {
        using var dir = Generated();
        var live = dir.Write("config.toml", LiveConfig);

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("merged runner 'web' into config.toml (backup: config.toml.bak).", run.Out, StringComparison.Ordinal);
        Assert.Equal(LiveConfig, File.ReadAllText(Path.Combine(dir.Path, "config.toml.bak")));
        var merged = File.ReadAllText(live);
        Assert.StartsWith(LiveConfig[..LiveConfig.IndexOf("[[runners]]\n  name = \"web\"", StringComparison.Ordinal)], merged, StringComparison.Ordinal);
        var runners = ((TomlTableArray)Parsed.Toml(merged)["runners"]).Cast<TomlTable>().ToList();
        Assert.Equal(["shell", "web"], runners.Select(r => r["name"]));
        var web = runners[1];
        Assert.Equal(42L, web["id"]);
        Assert.Equal("glrt-web-secret", web["token"]);
        Assert.Contains("token_obtained_at", web.Keys);
        Assert.Contains("token_expires_at", web.Keys);
        Assert.Equal("kubernetes", web["executor"]);
        Assert.False(web.ContainsKey("docker"));

        var again = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml");
        Assert.Contains("already has the runner 'web'", again.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "config.toml.bak.1")));
    }

    [Fact]
    public void Apply_dry_run_shows_the_diff_and_changes_nothing()
    {
        using var dir = Generated();
        dir.Write("config.toml", LiveConfig);
        var before = dir.Snapshot();

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml", "--dry-run");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("-  executor = \"docker\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("dry run: config.toml was not changed.", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, dir.Snapshot());
    }

    [Fact]
    public void Apply_adds_a_runner_that_is_not_there_yet()
    {
        using var dir = Generated();
        dir.Write("config.toml", "concurrent = 2\n");

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var config = Parsed.Toml(File.ReadAllText(Path.Combine(dir.Path, "config.toml")));
        Assert.Equal(2L, config["concurrent"]);
        Assert.Equal("web", ((TomlTableArray)config["runners"])[0]["name"]);
    }

    [Fact]
    public void Apply_leaves_an_unparsable_config_byte_identical()
    {
        using var dir = Generated();
        const string broken = "concurrent = 2\n[[runners]\n  name = \"web\"\n";
        var live = dir.Write("config.toml", broken);

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Matches(@"config\.toml\(2,\d+\): error RG0207: not valid TOML", run.Error);
        Assert.Equal(broken, File.ReadAllText(live));
        Assert.False(File.Exists(live + ".bak"));
    }

    private const string LiveConfig = """
        concurrent = 10
        check_interval = 3

        # the shell runner, hand-written
        [[runners]]
          name = "shell"
          url = "https://gitlab.example.com"
          id = 11
          token = "glrt-shell-secret"
          executor = "shell"

        [[runners]]
          name = "web"
          url = "https://gitlab.example.com"
          id = 42
          token = "glrt-web-secret"
          token_obtained_at = 2026-01-01T00:00:00Z
          token_expires_at = 0001-01-01T00:00:00Z
          executor = "docker"
          [runners.docker]
            privileged = true
            image = "alpine"

        """;

    private const string Preset = "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/web\n";

    private static TempDir Generated()
    {
        var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        return dir;
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
