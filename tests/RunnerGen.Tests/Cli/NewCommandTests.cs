using RunnerGen.Cli;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Cli;

public sealed class NewCommandTests
{
    [Fact]
    public void New_with_only_a_strategy_writes_the_preset_and_every_output()
    {
        using var dir = new TempDir();
        var run = CliRun.In(dir.Path, "new", "--strategy", "kaniko");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("created presets/untrusted-kaniko.yaml", run.Out, StringComparison.Ordinal);
        Assert.Equal(
            [
                "generated/.runnergen-manifest.json",
                "generated/untrusted-kaniko/github/arc-hook-template.yaml",
                "generated/untrusted-kaniko/github/arc-values.yaml",
                "generated/untrusted-kaniko/github/build-image.yml",
                "generated/untrusted-kaniko/gitlab/.gitlab-ci.yml",
                "generated/untrusted-kaniko/gitlab/config.toml",
                "generated/untrusted-kaniko/gitlab/helm-values.yaml",
                "generated/untrusted-kaniko/gitlab/runner.tf",
                "generated/untrusted-kaniko/kubernetes/build-pod.yaml",
                "generated/untrusted-kaniko/kubernetes/namespace.yaml",
                "generated/untrusted-kaniko/kubernetes/network-policy.yaml",
                "presets/runnergen.schema.json",
                "presets/untrusted-kaniko.yaml",
            ],
            dir.Snapshot().Keys);
        var preset = File.ReadAllText(Path.Combine(dir.Path, "presets", "untrusted-kaniko.yaml"));
        Assert.StartsWith("# yaml-language-server: $schema=", preset, StringComparison.Ordinal);
        Assert.Contains("trust: untrusted", preset, StringComparison.Ordinal);
    }

    [Fact]
    public void New_then_generate_renders_every_platform_and_executor()
    {
        using var dir = new TempDir();
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "new", "--strategy", "kaniko").ExitCode);
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "new", "demo", "--strategy", "dind", "--trust", "trusted").ExitCode);
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "new", "hosted", "--strategy", "socket", "--trust", "trusted", "--executor", "docker", "--platform", "gitlab").ExitCode);

        var run = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("3 preset(s), 22 file(s): 0 written, 22 unchanged.", run.Out, StringComparison.Ordinal);
        var files = dir.Snapshot().Keys.ToList();
        Assert.Contains("generated/demo/github/arc-values.yaml", files);
        Assert.Contains("generated/demo/kubernetes/build-pod.yaml", files);
        Assert.Contains("generated/hosted/gitlab/config.toml", files);
        Assert.DoesNotContain("generated/hosted/github/build-image.yml", files);
        Assert.DoesNotContain("generated/hosted/kubernetes/build-pod.yaml", files);
    }

    [Fact]
    public void New_never_overwrites_an_existing_preset()
    {
        using var dir = new TempDir();
        var existing = dir.Write("presets/untrusted-kaniko.yaml", "# mine\nname: untrusted-kaniko\n");

        var run = CliRun.In(dir.Path, "new", "--strategy", "kaniko");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("presets/untrusted-kaniko.yaml: error RG0201: a preset named 'untrusted-kaniko' already exists", run.Error, StringComparison.Ordinal);
        Assert.Equal("# mine\nname: untrusted-kaniko\n", File.ReadAllText(existing));
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "generated")));
    }

    [Fact]
    public void New_refuses_a_strategy_the_trust_level_cannot_have_and_writes_nothing()
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, "new", "--strategy", "dind", "--trust", "untrusted");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("refused: dind cannot serve untrusted pipelines", run.Error, StringComparison.Ordinal);
        Assert.Contains("--privileged turns off most container isolation", run.Error, StringComparison.Ordinal);
        Assert.Contains("Use instead: kaniko.", run.Error, StringComparison.Ordinal);
        Assert.Empty(dir.Snapshot());
    }

    [Fact]
    public void New_refuses_an_internal_risky_strategy_until_its_risk_is_accepted_with_the_flag()
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, "new", "rootless", "--strategy", "dind-rootless", "--trust", "internal");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("--accept-risk privileged", run.Error, StringComparison.Ordinal);
        Assert.Empty(dir.Snapshot());
    }

    [Fact]
    public void New_writes_the_accepted_risk_and_prints_it_in_its_summary()
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, "new", "rootless", "--strategy", "dind-rootless", "--trust", "internal", "--executor", "kubernetes", "--accept-risk", "privileged");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("acceptRisks: [privileged]", File.ReadAllText(Path.Combine(dir.Path, "presets", "rootless.yaml")), StringComparison.Ordinal);
        Assert.Contains("accepted risks: privileged", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void New_for_GitHub_on_a_Docker_host_names_the_host_socket_risk_and_takes_it_repeated()
    {
        using var dir = new TempDir();

        var refused = CliRun.In(dir.Path, "new", "bk", "--strategy", "buildkit", "--trust", "internal", "--executor", "docker", "--accept-risk", "unconfined");
        Assert.Equal(ExitCodes.Refused, refused.ExitCode);
        Assert.Contains("RG1016 runner-host-socket", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--accept-risk host-socket", refused.Error, StringComparison.Ordinal);
        Assert.Empty(dir.Snapshot());

        var run = CliRun.In(dir.Path, "new", "bk", "--strategy", "buildkit", "--trust", "internal", "--executor", "docker", "--accept-risk", "unconfined", "--accept-risk", "host-socket");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("acceptRisks: [host-socket, unconfined]", File.ReadAllText(Path.Combine(dir.Path, "presets", "bk.yaml")), StringComparison.Ordinal);
        Assert.Contains("accepted risks: host-socket, unconfined", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("untrusted")]
    [InlineData("trusted")]
    public void Only_internal_presets_take_accept_risk(string trust)
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, "new", "x", "--strategy", "kaniko", "--trust", trust, "--accept-risk", "privileged");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--accept-risk: error RG0011: only internal presets accept risks by name", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("RG0203", run.Error, StringComparison.Ordinal);
        Assert.Empty(dir.Snapshot());
    }

    [Fact]
    public void New_refuses_an_untrusted_GitHub_preset_on_a_Docker_host()
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, "new", "web", "--strategy", "kaniko", "--trust", "untrusted", "--executor", "docker");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("RG1015 fork-code-on-persistent-runner", run.Error, StringComparison.Ordinal);
        Assert.Contains("executor: kubernetes", run.Error, StringComparison.Ordinal);
        Assert.Empty(dir.Snapshot());
    }

    [Theory]
    [InlineData("new")]
    [InlineData("new", "--strategy", "podman")]
    [InlineData("new", "--strategy", "kaniko", "--trust", "sometimes")]
    [InlineData("generate", "--no-such-option")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, args);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("runnergen: error:", run.Error, StringComparison.Ordinal);
        Assert.Empty(dir.Snapshot());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("new", "--help")]
    [InlineData("generate", "--help")]
    public void Help_is_available_on_every_command(params string[] args)
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, args);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, "--version");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out);
    }
}
