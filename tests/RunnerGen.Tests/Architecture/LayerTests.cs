using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Architecture;

/// <summary>
/// The layers of src/: a small model at the bottom, then loading and policy (which never refer to each other), then
/// rendering, then the use cases (generation, output, review, audit, scaffolding), then the command line. No
/// namespace may take part in a cycle, and a new namespace must be given its layer here.
/// </summary>
public sealed class LayerTests
{
    private static readonly Dictionary<string, (int Layer, string Group)> Layers = new(StringComparer.Ordinal)
    {
        ["RunnerGen.Diagnostics"] = (0, "infrastructure"),
        ["RunnerGen.Yaml"] = (0, "infrastructure"),
        ["RunnerGen.Formats"] = (0, "infrastructure"),
        ["RunnerGen.FileSystem"] = (0, "infrastructure"),
        ["RunnerGen.Model"] = (1, "model"),
        ["RunnerGen.Presets"] = (2, "loading"),
        ["RunnerGen.Presets.Schema"] = (2, "loading"),
        ["RunnerGen.Policy"] = (2, "policy"),
        ["RunnerGen.Policy.PodSecurity"] = (2, "policy"),
        ["RunnerGen.Rendering"] = (3, "rendering"),
        ["RunnerGen.Generation"] = (4, "use cases"),
        ["RunnerGen.Output"] = (4, "use cases"),
        ["RunnerGen.Review"] = (4, "use cases"),
        ["RunnerGen.Audit"] = (4, "use cases"),
        ["RunnerGen.Scaffolding"] = (4, "use cases"),
        ["RunnerGen.Cli"] = (5, "command line"),
        ["RunnerGen.Cli.Commands"] = (5, "command line"),
        ["RunnerGen.Cli.Reporting"] = (5, "command line"),
        ["RunnerGen.Cli.Help"] = (5, "command line"),
    };

    private static readonly Lazy<NamespaceGraph> Graph = new(() => NamespaceGraph.Read(Path.Combine(RepoPaths.Root, "src")));

    [Fact]
    public void No_namespace_takes_part_in_a_cycle()
    {
        var cycles = Graph.Value.Cycles().Select(c => string.Join(" <-> ", c)).ToList();
        Assert.True(cycles.Count == 0, "namespaces in a cycle:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void Every_namespace_has_a_layer()
    {
        Assert.Empty(Graph.Value.Edges.Keys.Where(n => !Layers.ContainsKey(n)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Namespaces_refer_only_to_lower_layers_or_their_own_group()
    {
        var wrong = Graph.Value.Edges
            .SelectMany(e => e.Value.Select(target => (From: e.Key, To: target)))
            .Where(e => Layers.ContainsKey(e.From) && Layers.ContainsKey(e.To))
            .Where(e => Layers[e.From].Group != Layers[e.To].Group && Layers[e.From].Layer <= Layers[e.To].Layer)
            .Select(e => $"{e.From} ({Layers[e.From].Group}) -> {e.To} ({Layers[e.To].Group})")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(wrong.Count == 0, "references against the layers:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void The_graph_sees_usings_qualified_names_and_enclosing_namespaces()
    {
        var edges = Graph.Value.Edges;

        Assert.Contains("RunnerGen.Model", edges["RunnerGen.Presets"]);
        Assert.Contains("RunnerGen.Presets.Schema", edges["RunnerGen.Presets"]);
        Assert.Contains("RunnerGen.Presets", edges["RunnerGen.Cli.Commands"]);
        Assert.Contains("RunnerGen.Diagnostics", edges["RunnerGen.Yaml"]);
    }

    [Fact]
    public void A_cycle_through_a_using_and_an_enclosing_namespace_is_found()
    {
        using var dir = new TempDir();
        dir.Write("A/Thing.cs", "using RunnerGen.Demo.Inner;\n\nnamespace RunnerGen.Demo;\n\npublic sealed record Thing(Part Part);\n");
        dir.Write("A/Inner/Part.cs", "namespace RunnerGen.Demo.Inner;\n\npublic sealed record Part(Thing Owner);\n");
        dir.Write("B/Other.cs", "namespace RunnerGen.Other;\n\npublic sealed record Other(Demo.Thing Thing);\n");

        var graph = NamespaceGraph.Read(dir.Path);

        Assert.Equal([["RunnerGen.Demo", "RunnerGen.Demo.Inner"]], graph.Cycles());
        Assert.Equal(["RunnerGen.Demo"], graph.Edges["RunnerGen.Other"]);
    }
}
