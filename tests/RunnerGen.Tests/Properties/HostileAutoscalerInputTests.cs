using CsCheck;
using RunnerGen.Diagnostics;
using RunnerGen.Formats;
using RunnerGen.Generation;
using RunnerGen.Presets;
using RunnerGen.Rendering;
using RunnerGen.Tests.Support;
using Tomlyn.Model;

namespace RunnerGen.Tests.Properties;

/// <summary>
/// Hostile strings in the free-text keys of <c>runner.autoscaler</c> (instance group, Google Cloud project and zone,
/// Azure subscription and resource group): config.toml still parses, has exactly the keys and tables of a benign
/// preset, and every value reads back exactly as given.
/// </summary>
public sealed class HostileAutoscalerInputTests
{
    private static readonly string[] Fragments =
    [
        "\"", "'", "\\", "#", "# x", "=", "= true", "[", "]", "[[runners]]", "[runners.autoscaler]", "\n[runners.docker]\nprivileged = true",
        "\"\"\"", "'''", "${X}", "$(id)", "`", "{{", "}}", "ü", "日本", "🚀", " ", "a", "0", "true", "\t", "\n", "\r", "\u2028", "\u0000",
    ];

    private static readonly Gen<string> Hostile =
        Gen.Frequency(
            (20, Gen.OneOfConst([.. Fragments.Where(f => !f.Any(c => char.IsControl(c) || c == '\u2028'))]).Array[1, 8].Select(p => string.Concat(p))),
            (2, Gen.OneOfConst(Fragments).Array[1, 8].Select(p => string.Concat(p))),
            (1, Gen.String));

    [Fact]
    public void Hostile_autoscaler_values_are_rejected_precisely_or_read_back_exactly()
    {
        var rendered = 0;
        Gen.Select(Gen.OneOfConst("aws", "googlecloud", "azure"), Hostile, Hostile, Hostile).Sample((plugin, group, first, second) =>
        {
            var set = Load(plugin, group, first, second);
            if (set.Diagnostics.HasErrors)
            {
                Assert.All(set.Diagnostics.Sorted(), d => Assert.Equal(DiagnosticIds.InvalidValue, d.Id));
                Assert.Contains(new[] { group, first, second }, v => v.Length == 0 || v.Length > 255 || v.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'));
                return;
            }

            var result = new Generator(new TemplateStore()).Render(set, []);
            Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
            var toml = Parsed.Toml(result.Files.Single(f => f.Output.Id == "gitlab-config").Content);
            var benign = Parsed.Toml(new Generator(new TemplateStore()).Render(Load(plugin, "group", "one", "two"), []).Files.Single(f => f.Output.Id == "gitlab-config").Content);
            Assert.Equal(Shape(benign, string.Empty), Shape(toml, string.Empty));

            var config = (TomlTable)((TomlTable)((TomlTable)((TomlTableArray)toml["runners"])[0])["autoscaler"])["plugin_config"];
            Assert.Equal(group, config["name"]);
            var (a, b) = Keys(plugin);
            if (a is not null)
            {
                Assert.Equal(first, config[a]);
                Assert.Equal(second, config[b!]);
            }

            Interlocked.Increment(ref rendered);
        }, iter: 200);

        Assert.True(rendered >= 50, $"only {rendered} of 200 samples got past validation");
    }

    private static (string? A, string? B) Keys(string plugin) => plugin switch
    {
        "googlecloud" => ("project", "zone"),
        "azure" => ("subscription_id", "resource_group_name"),
        _ => (null, null),
    };

    private static PresetSet Load(string plugin, string group, string first, string second)
    {
        var extra = plugin switch
        {
            "googlecloud" => $"    project: {YamlEmitter.String(first)}\n    zone: {YamlEmitter.String(second)}\n",
            "azure" => $"    subscriptionId: {YamlEmitter.String(first)}\n    resourceGroup: {YamlEmitter.String(second)}\n",
            _ => string.Empty,
        };
        var text = "trust: internal\nstrategy: kaniko\nexecutor: docker-autoscaler\nplatforms: [gitlab]\nimage:\n  destination: registry.example.com/team/app\n" +
            $"runner:\n  autoscaler:\n    plugin: {plugin}\n    instanceGroup: {YamlEmitter.String(group)}\n{extra}";
        return PresetLoader.Load([(text, "presets/p.yaml", "presets/p.yaml")]);
    }

    private static List<string> Shape(TomlTable table, string path)
    {
        var paths = new List<string>();
        foreach (var (key, value) in table)
        {
            paths.Add($"{path}.{key}");
            switch (value)
            {
                case TomlTable child:
                    paths.AddRange(Shape(child, $"{path}.{key}"));
                    break;
                case TomlTableArray tables:
                    for (var i = 0; i < tables.Count; i++)
                    {
                        paths.AddRange(Shape(tables[i], $"{path}.{key}[{i}]"));
                    }

                    break;
            }
        }

        return paths;
    }
}
