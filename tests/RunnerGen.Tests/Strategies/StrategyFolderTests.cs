using RunnerGen.Cli;
using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Strategies;

/// <summary>A strategy is one folder: a descriptor and its partials, found by id, built-in or added by a templates folder.</summary>
public sealed class StrategyFolderTests
{
    private static string StrategiesFolder => Path.Combine(RepoPaths.Root, "templates", "strategies");

    [Fact]
    public void The_built_in_catalog_is_the_strategy_folders_in_documented_order()
    {
        var folders = Directory.GetDirectories(StrategiesFolder)
            .Select(Path.GetFileName)
            .Where(f => File.Exists(Path.Combine(StrategiesFolder, f!, StrategyCatalogLoader.FileName)))
            .Order(StringComparer.Ordinal);

        Assert.Equal(folders, StrategyCatalog.BuiltIn.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(["dind", "dind-rootless", "socket", "kaniko", "buildah", "buildkit"], StrategyCatalog.BuiltIn.Ids);
        var kaniko = StrategyCatalog.BuiltIn.Get(new StrategyId("kaniko"));
        Assert.Equal(PodSecurityLevel.Baseline, kaniko.BestPodSecurity);
        Assert.Empty(kaniko.Risks);
        Assert.Equal("kaniko", kaniko.JobImage);
        Assert.Contains("arc-hook-template", kaniko.Outputs);
        Assert.Equal("dind", StrategyCatalog.BuiltIn.Get(new StrategyId("dind")).ServiceImage);
    }

    [Fact]
    public void A_broken_descriptor_is_reported_with_its_file_and_position()
    {
        var diagnostics = new DiagnosticBag();
        StrategyCatalogLoader.Load([new StrategyDescriptorFile("odd", "summary: x\nrisks: [sometimes]\nbestPodSecurity: lax\narcMode: template\nimages:\n  job: dockerCli\n", "templates/strategies/odd/strategy.yaml")], diagnostics);

        var messages = diagnostics.Sorted().Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("templates/strategies/odd/strategy.yaml(2,9): error RG0100: unknown risk 'sometimes'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("templates/strategies/odd/strategy.yaml(3,18): error RG0100: unknown Pod Security level 'lax'", StringComparison.Ordinal));
    }

    [Fact]
    public void ArcNoVolume_belongs_to_kubernetes_mode_strategies_and_kaniko_has_it()
    {
        var diagnostics = new DiagnosticBag();
        StrategyCatalogLoader.Load([new StrategyDescriptorFile("odd", "summary: x\nrisks: []\nbestPodSecurity: baseline\narcMode: template\narcNoVolume: true\nimages:\n  job: dockerCli\n", "templates/strategies/odd/strategy.yaml")], diagnostics);

        Assert.Contains(diagnostics.Sorted().Select(d => d.ToString()), m => m.StartsWith("templates/strategies/odd/strategy.yaml(5,14): error RG0100: arcNoVolume applies to arcMode: kubernetes only", StringComparison.Ordinal));
        Assert.Equal(["kaniko"], StrategyCatalog.BuiltIn.All.Where(s => s.ArcNoVolume).Select(s => s.Id));
    }

    [Fact]
    public void A_descriptor_naming_an_image_nobody_pins_is_an_error_and_image_defaults_add_one()
    {
        const string Descriptor = "summary: x\nrisks: []\nbestPodSecurity: baseline\narcMode: kubernetes\nimages:\n  job: podman\noutputs: [gitlab-ci]\n";
        var diagnostics = new DiagnosticBag();
        StrategyCatalogLoader.Load([new StrategyDescriptorFile("podman", Descriptor, "t/strategy.yaml")], diagnostics);
        Assert.Contains(diagnostics.Sorted(), d => d.ToString().StartsWith("t/strategy.yaml: error RG0100: image 'podman' is neither pinned", StringComparison.Ordinal));

        var fixedDiagnostics = new DiagnosticBag();
        var catalog = StrategyCatalogLoader.Load([new StrategyDescriptorFile("podman", Descriptor + "imageDefaults:\n  podman: quay.io/podman/stable:v5\n", "t/strategy.yaml")], fixedDiagnostics);
        Assert.False(fixedDiagnostics.HasErrors, string.Join("\n", fixedDiagnostics.Sorted()));
        Assert.Equal("quay.io/podman/stable:v5", catalog.Images.Single(i => i.Key == "podman").Value);
        Assert.Equal("actionsRunner", catalog.Images[^2].Key);
    }

    [Fact]
    public void A_strategy_folder_in_the_users_templates_works_with_new_and_generate()
    {
        using var dir = new TempDir();
        foreach (var file in Directory.GetFiles(Path.Combine(StrategiesFolder, "kaniko")))
        {
            var text = File.ReadAllText(file);
            dir.Write(Path.Combine("templates", "strategies", "podman", Path.GetFileName(file)), text.Replace("order: 4", "order: 7", StringComparison.Ordinal));
        }

        var created = CliRun.In(dir.Path, "new", "--strategy", "podman");

        Assert.Equal(ExitCodes.Success, created.ExitCode);
        Assert.Contains("created presets/untrusted-podman.yaml", created.Out, StringComparison.Ordinal);
        Assert.Contains("strategy: podman", File.ReadAllText(Path.Combine(dir.Path, "presets", "untrusted-podman.yaml")), StringComparison.Ordinal);
        Assert.Contains("\"podman\"", File.ReadAllText(Path.Combine(dir.Path, "presets", "runnergen.schema.json")), StringComparison.Ordinal);
        var files = dir.Snapshot();
        Assert.Contains("generated/untrusted-podman/github/arc-hook-template.yaml", files.Keys);
        Assert.Contains("generated/untrusted-podman/kubernetes/build-pod.yaml", files.Keys);
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "check").ExitCode);
        Assert.Equal(ExitCodes.Success, CliRun.In(dir.Path, "explain", "untrusted-podman").ExitCode);
    }

    [Fact]
    public void A_broken_descriptor_in_the_users_templates_is_a_usage_error_naming_it()
    {
        using var dir = new TempDir();
        dir.Write("templates/strategies/podman/strategy.yaml", "summary: x\nrisks: [sometimes]\nbestPodSecurity: baseline\narcMode: kubernetes\nimages:\n  job: kaniko\noutputs: []\n");

        var created = CliRun.In(dir.Path, "new", "--strategy", "podman");
        var generated = CliRun.In(dir.Path, "generate");

        Assert.Equal(ExitCodes.UsageError, created.ExitCode);
        Assert.Contains("templates/strategies/podman/strategy.yaml(2,9): error RG0100: unknown risk 'sometimes'", created.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, generated.ExitCode);
        Assert.Contains("templates/strategies/podman/strategy.yaml(2,9): error RG0100: unknown risk 'sometimes'", generated.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(dir.Snapshot().Keys, k => !k.StartsWith("templates/", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_its_folder_the_added_strategy_is_unknown()
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, "new", "--strategy", "podman");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("runnergen: error: 'podman' is not a strategy: expected one of dind, dind-rootless, socket, kaniko, buildah, buildkit.", run.Error, StringComparison.Ordinal);
        Assert.Empty(dir.Snapshot());
    }
}
