using RunnerGen.Model;
using RunnerGen.Presets;
using RunnerGen.Presets.Schema;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Docs;

/// <summary>The README's tables cannot drift from the schema and the strategy catalog.</summary>
public sealed class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [Fact]
    public void Every_preset_key_is_documented()
    {
        var missing = Leaves(PresetSchema.Root, string.Empty)
            .Where(path => !Readme.Contains($"`{path}`", StringComparison.Ordinal) && !Readme.Contains($"/ `{path[(path.LastIndexOf('.') + 1)..]}`", StringComparison.Ordinal) && !Readme.Contains($"/ {path[(path.LastIndexOf('.') + 1)..]}", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_strategy_row_names_its_risks_and_trust_levels()
    {
        foreach (var strategy in StrategyCatalog.Current.All)
        {
            var row = Readme.Split('\n').Single(l => l.StartsWith($"| `{strategy.Id}` |", StringComparison.Ordinal));
            var risks = strategy.Risks.Count == 0 ? "none" : string.Join(", ", strategy.Risks.Select(r => $"`{r.Id()}`"));
            Assert.Contains($"| {risks} |", row, StringComparison.Ordinal);
            var expected = strategy.Risks.Count == 0 ? "| yes | yes | yes |" : "| no | if accepted | yes |";
            Assert.EndsWith(expected, row, StringComparison.Ordinal);
            Assert.Contains($"| {strategy.BestPodSecurity.ToString().ToLowerInvariant()} |", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_strategy_row_names_the_gitlab_runner_and_kubernetes_releases_its_files_need()
    {
        foreach (var strategy in StrategyCatalog.Current.All)
        {
            var row = Readme.Split('\n').Single(l => l.StartsWith($"| `{strategy.Id}` |", StringComparison.Ordinal));
            var files = Matrix.Result.Files.Where(f => f.Preset.Contains($"-{strategy.Id}-", StringComparison.Ordinal)).ToList();
            Assert.Contains($"| {Runner(files, "docker")}+ / {Runner(files, "kubernetes")}+ | {Kubernetes(files)}+ |", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_strategy_lists_are_the_strategy_descriptors()
    {
        var catalog = StrategyCatalog.BuiltIn;
        var lines = Readme.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("| Strategy | What it needs |", StringComparison.Ordinal)) + 2;
        var rows = lines.Skip(start).TakeWhile(l => l.StartsWith('|')).Select(l => l.Split('`')[1]);
        Assert.Equal(catalog.Ids.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));

        Assert.Contains($"# {string.Join(" | ", catalog.Ids)}\n", Readme, StringComparison.Ordinal);
        Assert.Contains($"| `strategy` | required | {string.Join(", ", catalog.Ids.SkipLast(1).Select(i => $"`{i}`"))} or `{catalog.Ids[^1]}`, ", Readme, StringComparison.Ordinal);
        var images = catalog.Images.Select(i => i.Key).ToList();
        Assert.Contains($"| `builderImages.{images[0]}` / {string.Join(" / ", images.Skip(1).Select(i => $"`{i}`"))} |", Readme, StringComparison.Ordinal);
        Assert.Contains($"{string.Join(", ", catalog.All.Where(s => s.Outputs.Contains("arc-hook-template")).Select(s => s.Id).SkipLast(1))} or {catalog.All.Where(s => s.Outputs.Contains("arc-hook-template")).Last().Id} |", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_diagnostic_id_is_documented()
    {
        var ids = typeof(RunnerGen.Diagnostics.DiagnosticIds).GetFields().Select(f => (string)f.GetValue(null)!);
        Assert.All(ids, id => Assert.Contains($"| {id} |", Readme, StringComparison.Ordinal));
    }

    /// <summary>The GitLab Runner release the config.toml files of one executor say they need (checked against the key table elsewhere).</summary>
    private static string Runner(IEnumerable<RunnerGen.Rendering.RenderedFile> files, string executor) =>
        files.Where(f => f.Output.Id == "gitlab-config" && f.Preset.EndsWith($"-{executor}", StringComparison.Ordinal))
            .Select(f => System.Text.RegularExpressions.Regex.Match(f.Content, @"Needs GitLab Runner (\d+\.\d+)\+").Groups[1].Value)
            .Select(Version.Parse)
            .Max()!
            .ToString();

    /// <summary>
    /// The Kubernetes release the pods need: 1.30 for the <c>appArmorProfile</c> field, 1.29 for native sidecars
    /// (init containers with <c>restartPolicy: Always</c>), 1.25 for Pod Security Admission.
    /// </summary>
    private static string Kubernetes(IEnumerable<RunnerGen.Rendering.RenderedFile> files)
    {
        var specs = new List<k8s.Models.V1PodSpec>();
        foreach (var file in files)
        {
            switch (file.Output.Id)
            {
                case "build-pod":
                    specs.Add(Parsed.Pod(file.Content).Spec);
                    break;
                case "arc-values":
                    specs.Add(Parsed.ArcTemplate(file.Content).Spec);
                    break;
                case "arc-hook-template":
                    specs.Add(Parsed.PodTemplate(Parsed.ConfigMap(file.Content).Data["job.yaml"]).Spec);
                    break;
            }
        }

        var containers = specs.SelectMany(s => (s.Containers ?? []).Concat(s.InitContainers ?? [])).ToList();
        if (specs.Any(s => s.SecurityContext?.AppArmorProfile is not null) || containers.Any(c => c.SecurityContext?.AppArmorProfile is not null))
        {
            return "1.30";
        }

        return specs.Any(s => s.InitContainers?.Any(c => c.RestartPolicy == "Always") == true) ? "1.29" : "1.25";
    }

    [Fact]
    public void Every_rule_has_a_row_in_the_rule_table()
    {
        Assert.All(RunnerGen.Policy.Rules.All, rule => Assert.Contains($"| {rule.Id} `{rule.Name}` | {rule.Severity.ToString().ToLowerInvariant()} |", Readme, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Leaves(ObjectSchema schema, string prefix)
    {
        foreach (var property in schema.Properties)
        {
            var path = prefix.Length == 0 ? property.Key : $"{prefix}.{property.Key}";
            if (property.Type is ObjectSchema child)
            {
                foreach (var leaf in Leaves(child, path))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
