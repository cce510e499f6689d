using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RunnerGen.Cli;
using RunnerGen.Diagnostics;
using RunnerGen.Presets.Schema;
using RunnerGen.Tests.Support;
using RunnerGen.Yaml;

namespace RunnerGen.Tests.Presets;

/// <summary>The JSON Schema is generated from the preset model; an independent validator agrees with runnergen.</summary>
public sealed class JsonSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(JsonSchemaWriter.Write());

    public static TheoryData<string> BuiltInPresets()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Presets, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BuiltInPresets))]
    public void Every_built_in_preset_is_valid_against_the_schema(string file)
    {
        var result = Evaluate(File.ReadAllText(Path.Combine(RepoPaths.Presets, file)));

        Assert.True(result.IsValid, Errors(result));
    }

    [Theory]
    [InlineData("trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/a/b\n  dockerfil: x\n")]
    [InlineData("trust: sometimes\nstrategy: kaniko\nimage:\n  destination: registry.example.com/a/b\n")]
    [InlineData("trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/a/b\nrunner:\n  tags: [\"a\\nb\"]\n")]
    [InlineData("trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/a/b\nrunner:\n  concurrency: 0\n")]
    [InlineData("strategy: kaniko\n")]
    public void What_runnergen_rejects_the_schema_rejects(string preset)
    {
        Assert.False(Evaluate(preset).IsValid);
        var set = RunnerGen.Presets.PresetLoader.Load([(preset, "presets/p.yaml", "presets/p.yaml")]);
        Assert.True(set.Diagnostics.HasErrors);
    }

    [Theory]
    [InlineData("plugin: gcp", false)]
    [InlineData("pluginVersion: v1", false)]
    [InlineData("idleTime: soon", false)]
    [InlineData("capacityPerInstance: 0", false)]
    [InlineData("plugin: googlecloud\n    pluginVersion: \"1.2\"\n    instanceGroup: ci-vms\n    project: p\n    zone: europe-west1-b\n    maxUseCount: 1\n    idleCount: 2\n    idleTime: 1h30m\n    username: runner\n    useExternalAddress: true", true)]
    public void The_schema_and_runnergen_agree_on_runner_autoscaler(string settings, bool valid)
    {
        var preset = $"trust: internal\nstrategy: dind\nexecutor: docker-autoscaler\nplatforms: [gitlab]\nimage:\n  destination: registry.example.com/a/b\nrunner:\n  autoscaler:\n    {settings}\n";

        Assert.Equal(valid, Evaluate(preset).IsValid);
        var set = RunnerGen.Presets.PresetLoader.Load([(preset, "presets/p.yaml", "presets/p.yaml")]);
        Assert.Equal(valid, !set.Diagnostics.HasErrors);
    }

    [Fact]
    public void A_preset_that_extends_another_may_leave_required_keys_out()
    {
        Assert.True(Evaluate("extends: base\nrunner:\n  concurrency: 2\n").IsValid);
    }

    [Fact]
    public void New_writes_the_schema_beside_the_preset_and_points_editors_at_it()
    {
        using var dir = new TempDir();

        var run = CliRun.In(dir.Path, "new", "--strategy", "kaniko");
        var printed = CliRun.In(dir.Path, "schema");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var preset = File.ReadAllText(Path.Combine(dir.Path, "presets", "untrusted-kaniko.yaml"));
        Assert.StartsWith("# yaml-language-server: $schema=runnergen.schema.json\n", preset, StringComparison.Ordinal);
        Assert.Equal(printed.Out, File.ReadAllText(Path.Combine(dir.Path, "presets", JsonSchemaWriter.FileName)));
        Assert.True(Evaluate(preset).IsValid);
    }

    private static EvaluationResults Evaluate(string yaml)
    {
        var node = YamlDocumentLoader.Load(yaml, "p.yaml", new DiagnosticBag())!;
        var json = JsonSerializer.SerializeToElement(ToJson(node));
        return Schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static JsonNode? ToJson(YNode node) => node switch
    {
        YMapping map => new JsonObject(map.Entries.Select(e => KeyValuePair.Create(e.Key, ToJson(e.Value)))),
        YSequence seq => new JsonArray([.. seq.Items.Select(ToJson)]),
        YScalar { IsNull: true } => null,
        YScalar { IsPlain: true, Value: "true" or "false" } s => JsonValue.Create(s.Value == "true"),
        YScalar { IsPlain: true } s when long.TryParse(s.Value, out var number) => JsonValue.Create(number),
        YScalar s => JsonValue.Create(s.Value),
        _ => null,
    };
}
