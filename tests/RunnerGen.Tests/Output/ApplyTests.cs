using RunnerGen.Cli;
using RunnerGen.Tests.Support;
using Tomlyn.Model;

namespace RunnerGen.Tests.Output;

/// <summary><c>apply</c> edits a live config.toml minimally, keeps what it does not own, and never prints a secret.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ApplyTests
{
    private const string Preset = "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/web\nplatforms: [gitlab]\n";

    private const string Live = """
        concurrent = 10

        # the shell runner, hand-written
        [[runners]]
          name = "shell"
          url = "https://gitlab.example.com"
          token = "glrt-shell-secret"
          executor = "shell"
          # keep this comment above web

        [[runners]]
          name = "web"
          url = "https://gitlab.example.com"
          id = 42
          token            = "glrt-web-secret"
          executor = "docker"
          [runners.cache]
            Type = "s3"
            [runners.cache.s3]
              ServerAddress = "s3.example.com"
              AccessKey = "AKIAEXAMPLE"
              SecretKey = "s3-secret-key"
          [runners.docker]
            privileged = true
            image = "alpine"

        # the tail comment stays
        [session_server]
          listen_address = "[::]:8093"

        """;

    [Fact]
    public void Every_byte_outside_the_runners_owned_keys_stays()
    {
        using var dir = Generated();
        var live = dir.Write("config.toml", Live);

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var merged = File.ReadAllText(live);
        Strict(merged);
        var toml = Parsed.Toml(merged);
        Assert.StartsWith(Live[..Live.IndexOf("[[runners]]\n  name = \"web\"", StringComparison.Ordinal)], merged, StringComparison.Ordinal);
        Assert.Contains("  token            = \"glrt-web-secret\"\n", merged, StringComparison.Ordinal);
        Assert.Contains("# the tail comment stays\n[session_server]\n  listen_address = \"[::]:8093\"\n", merged, StringComparison.Ordinal);
        var web = ((TomlTableArray)toml["runners"]).Single(r => (string)r["name"] == "web");
        var s3 = (TomlTable)((TomlTable)web["cache"])["s3"];
        Assert.Equal("s3-secret-key", s3["SecretKey"]);
        Assert.Equal("AKIAEXAMPLE", s3["AccessKey"]);
        Assert.Equal("kubernetes", web["executor"]);
        Assert.False(web.ContainsKey("docker"));
        Assert.Equal(42L, web["id"]);
    }

    [Fact]
    public void A_dotted_executor_key_in_the_runner_goes_with_its_section()
    {
        using var dir = Generated();
        var live = dir.Write("config.toml", "[[runners]]\n  name = \"web\"\n  token = \"glrt-web-secret\"\n  executor = \"kubernetes\"\n  kubernetes.privileged = true\n");

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var merged = File.ReadAllText(live);
        Strict(merged);
        var web = (TomlTable)((TomlTableArray)Parsed.Toml(merged)["runners"])[0];
        Assert.Equal(false, ((TomlTable)web["kubernetes"])["privileged"]);
        Assert.Equal("glrt-web-secret", web["token"]);
    }

    [Fact]
    public void No_secret_is_ever_printed()
    {
        using var dir = Generated();
        dir.Write("config.toml", Live);

        foreach (var args in new[] { new[] { "apply", "web", "--config", "config.toml", "--dry-run" }, ["apply", "web", "--config", "config.toml"] })
        {
            var run = CliRun.In(dir.Path, args);
            Assert.Equal(ExitCodes.Success, run.ExitCode);
            foreach (var secret in new[] { "glrt-web-secret", "glrt-shell-secret", "s3-secret-key", "AKIAEXAMPLE" })
            {
                Assert.DoesNotContain(secret, run.Out + run.Error, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Secrets_in_urls_environment_entries_and_inline_tables_are_hidden_too()
    {
        using var dir = Generated();
        dir.Write("config.toml", Live
            .Replace("  id = 42\n", "  id = 42\n  environment = [\"API_TOKEN=env-secret-1\", \"PLAIN=visible\"]\n  custom = { password = \"inline-secret\", user = \"ci\" }\n", StringComparison.Ordinal)
            .Replace("  url = \"https://gitlab.example.com\"\n  id = 42", "  url = \"https://ci:url-secret@gitlab.example.com\"\n  id = 42", StringComparison.Ordinal));

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml", "--dry-run");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("API_TOKEN=(hidden)", run.Out, StringComparison.Ordinal);
        Assert.Contains("PLAIN=visible", run.Out, StringComparison.Ordinal);
        Assert.Contains("://(hidden)@gitlab.example.com", run.Out + run.Error, StringComparison.Ordinal);
        foreach (var secret in new[] { "env-secret-1", "inline-secret", "url-secret", "glrt-web-secret" })
        {
            Assert.DoesNotContain(secret, run.Out + run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_changed_literal_url_is_announced()
    {
        using var dir = Generated();
        dir.Write("config.toml", Live);

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml", "--dry-run");

        Assert.Contains("url", run.Out, StringComparison.Ordinal);
        Assert.Contains("warning RG0215: the runner's url \"https://gitlab.example.com\" is replaced by \"${CI_SERVER_URL}\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crlf_file_stays_crlf_and_unicode_line_separators_stay()
    {
        using var dir = Generated();
        var crlf = Live.Replace("# the tail comment stays", "# the tail \u2029 comment stays", StringComparison.Ordinal)
            .Replace("  executor = \"shell\"\n", "  executor = \"shell\"\n  pre_build_script = \"\"\"\na\u2028b\u0085c\n\"\"\"\n", StringComparison.Ordinal)
            .Replace("\n", "\r\n", StringComparison.Ordinal);
        var live = dir.Write("config.toml", crlf);

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var merged = File.ReadAllText(live);
        Assert.DoesNotContain("\n", merged.Replace("\r\n", string.Empty, StringComparison.Ordinal).Replace("\"\"\"\r\na", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("a\u2028b\u0085c", merged, StringComparison.Ordinal);
        Assert.Contains("# the tail \u2029 comment stays", merged, StringComparison.Ordinal);
        Strict(merged);
    }

    [Theory]
    [InlineData("\"token\" = \"glrt-web-secret\"")]
    [InlineData("token\t= \"glrt-web-secret\"")]
    [InlineData("token            = \"glrt-web-secret\"")]
    public void Any_spelling_of_the_token_key_gives_valid_toml_with_the_token_kept(string line)
    {
        using var dir = Generated();
        var live = dir.Write("config.toml", Live.Replace("token            = \"glrt-web-secret\"", line, StringComparison.Ordinal));

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var merged = File.ReadAllText(live);
        Assert.Contains("  " + line + "\n", merged, StringComparison.Ordinal);
        Strict(merged);
        var web = ((TomlTableArray)Parsed.Toml(merged)["runners"]).Single(r => (string)r["name"] == "web");
        Assert.Equal("glrt-web-secret", web["token"]);
    }

    [Fact]
    public void Two_runners_with_the_name_are_refused()
    {
        using var dir = Generated();
        var text = Live + "[[runners]]\n  name = \"web\"\n  executor = \"shell\"\n";
        var live = dir.Write("config.toml", text);

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("error RG0211: two runners are named 'web'", run.Error, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(live));
    }

    [Fact]
    public void Inline_runners_are_refused()
    {
        using var dir = Generated();
        const string text = "concurrent = 1\nrunners = [ { name = \"web\", token = \"glrt-web-secret\", executor = \"shell\" } ]\n";
        var live = dir.Write("config.toml", text);

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("config.toml(2,1): error RG0211", run.Error, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(live));
        Assert.DoesNotContain("glrt-web-secret", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Mode_and_owner_are_kept_and_the_backup_is_as_private()
    {
        using var dir = Generated();
        var live = dir.Write("config.toml", Live);
        File.SetUnixFileMode(live, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(live));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(live + ".bak"));
    }

    [Fact]
    public void Another_users_file_keeps_its_owner_when_root_applies()
    {
        using var dir = Generated();
        var live = dir.Write("config.toml", Live);
        var root = Run("id", "-u").Trim() == "0";
        var owner = root ? "12345:23456" : Run("stat", "-c", "%u:%g", live).Trim();
        if (root)
        {
            Run("chown", owner, live);
        }

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(owner, Run("stat", "-c", "%u:%g", live).Trim());
        Assert.Equal(owner, Run("stat", "-c", "%u:%g", live + ".bak").Trim());
    }

    [Fact]
    public void A_symlinked_config_is_written_through_to_its_target()
    {
        using var dir = Generated();
        var target = dir.Write("etc/config.toml", Live);
        var link = Path.Combine(dir.Path, "config.toml");
        File.CreateSymbolicLink(link, target);

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Contains("executor = \"kubernetes\"", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.True(File.Exists(target + ".bak"));
    }

    [Fact]
    public void A_read_only_config_is_refused()
    {
        using var dir = Generated();
        var live = dir.Write("config.toml", Live);
        File.SetUnixFileMode(live, UnixFileMode.UserRead);

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("config.toml: error RG0212: is read-only", run.Error, StringComparison.Ordinal);
        Assert.Equal(Live, File.ReadAllText(live));
    }

    [Fact]
    public void A_fifo_config_is_refused_without_hanging()
    {
        using var dir = Generated();
        Fifo.Make(Path.Combine(dir.Path, "config.toml"));

        var run = CliRun.In(dir.Path, "apply", "web", "--config", "config.toml");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("config.toml: error RG0212: is not a regular file", run.Error, StringComparison.Ordinal);
    }

    /// <summary>Tomlyn's model reader takes a duplicate key silently; its syntax parser with validation does not.</summary>
    private static void Strict(string text)
    {
        var document = Tomlyn.Parsing.SyntaxParser.Parse(text, "config.toml", validate: true);
        Assert.False(document.HasErrors, string.Join("\n", document.Diagnostics));
    }

    private static string Run(string command, params string[] args)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(command, args) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    private static TempDir Generated()
    {
        var dir = new TempDir();
        dir.Write("presets/web.yaml", Preset);
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "generate").ExitCode);
        return dir;
    }
}
