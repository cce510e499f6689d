using RunnerGen.Cli;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Cli;

public sealed class GenerateCommandTests
{
    [Fact]
    public void Generate_writes_the_built_in_presets_and_a_second_run_changes_nothing()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();

        var first = CliRun.In(dir.Path, "generate");
        var second = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Contains("8 preset(s), 60 file(s): 60 written, 0 unchanged.", first.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Contains("60 file(s): 0 written, 60 unchanged.", second.Out, StringComparison.Ordinal);
        var written = File.ReadAllText(Path.Combine(dir.Path, "generated", "untrusted-kaniko", "gitlab", "config.toml"));
        Assert.Equal(BuiltIn.File("untrusted-kaniko/gitlab/config.toml").Content, written);
    }

    [Fact]
    public void Generate_renders_only_the_named_presets_into_the_chosen_folder()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();

        var run = CliRun.In(dir.Path, "generate", "trusted-socket", "--out", "out");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["trusted-socket"], Directory.GetDirectories(Path.Combine(dir.Path, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void An_unknown_preset_name_is_an_error_with_a_suggestion()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();

        var run = CliRun.In(dir.Path, "generate", "trusted-sockets");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("error RG0203: no preset named 'trusted-sockets'. Did you mean 'trusted-socket'?", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "generated")));
    }

    [Fact]
    public void One_bad_preset_stops_the_run_and_nothing_is_written()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();
        dir.Write("presets/broken.yaml", "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/a/b\n  dockerfil: Dockerfile\n");

        var run = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("presets/broken.yaml(5,3): error RG0002: unknown key 'dockerfil' in image. Did you mean 'dockerfile'?", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "generated")));
    }

    [Fact]
    public void A_file_system_error_is_an_input_error_not_a_crash()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();
        dir.Write("out", "a file where the output folder should be\n");

        var run = CliRun.In(dir.Path, "generate", "--out", "out");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("runnergen: error RG0219:", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.Equal("a file where the output folder should be\n", File.ReadAllText(Path.Combine(dir.Path, "out")));
    }

    [Fact]
    public void A_missing_presets_folder_says_how_to_start()
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("error RG0202: the presets folder does not exist. Run 'runnergen new --strategy kaniko'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_in_the_users_templates_folder_replaces_the_built_in_one()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();
        dir.Write("templates/strategies/kaniko/build-pod.sbn", "containers:\n  - name: custom\n    image: {{ yaml.str images.kaniko }}\n");

        var run = CliRun.In(dir.Path, "generate", "untrusted-kaniko");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var pod = Parsed.Pod(File.ReadAllText(Path.Combine(dir.Path, "generated", "untrusted-kaniko", "kubernetes", "build-pod.yaml")));
        Assert.Equal("custom", Assert.Single(pod.Spec.Containers).Name);
    }

    [Fact]
    public void An_override_template_can_use_scribans_own_builtins()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();
        dir.Write("templates/strategies/kaniko/build-pod.sbn", "# {{ \"shouted\" | string.upcase }} {{ [3, 1, 2] | array.sort | array.join \",\" }}\ncontainers:\n  - name: x\n    image: {{ yaml.str images.kaniko }}\n");

        var run = CliRun.In(dir.Path, "generate", "untrusted-kaniko");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("# SHOUTED 1,2,3", File.ReadAllText(Path.Combine(dir.Path, "generated", "untrusted-kaniko", "kubernetes", "build-pod.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_template_with_an_unknown_variable_is_an_error_that_names_it()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();
        dir.Write("custom/strategies/kaniko/build-pod.sbn", "containers:\n  - name: {{ image.nmae }}\n");

        var run = CliRun.In(dir.Path, "generate", "untrusted-kaniko", "--templates", "custom");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("custom/strategies/kaniko/build-pod.sbn(2,", run.Error, StringComparison.Ordinal);
        Assert.Contains("error RG0100:", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "generated")));
    }

    [Fact]
    public void An_override_template_that_pastes_a_raw_preset_value_is_refused()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();
        dir.Write("templates/strategies/kaniko/build-pod.sbn", "containers:\n  - name: x\n    image: {{ images.kaniko }}\n");

        var run = CliRun.In(dir.Path, "generate", "untrusted-kaniko");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("is written without an emitter; use yaml.str", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_template_that_breaks_the_format_is_caught_before_writing()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();
        dir.Write("templates/strategies/kaniko/build-pod.sbn", "containers: [\n");

        var run = CliRun.In(dir.Path, "generate", "untrusted-kaniko");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("error RG0101: the template produced an invalid YAML file untrusted-kaniko/kubernetes/build-pod.yaml", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "generated")));
    }
}
