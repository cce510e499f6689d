using RunnerGen.Presets;
using RunnerGen.Presets.Schema;
using RunnerGen.Strategies;
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
        foreach (var strategy in StrategyCatalog.All)
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
    public void Every_diagnostic_id_is_documented()
    {
        var ids = typeof(RunnerGen.Diagnostics.DiagnosticIds).GetFields().Select(f => (string)f.GetValue(null)!);
        Assert.All(ids, id => Assert.Contains($"| {id} |", Readme, StringComparison.Ordinal));
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
