using System.CommandLine;
using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Presets.Schema;

namespace RunnerGen.Cli.Commands;

/// <summary>
/// The strategy catalog a command runs with: the built-in descriptors plus the strategy folders of its
/// <c>--templates</c> folder. Commands make it current before they load presets, so a strategy a templates folder
/// adds is a strategy like any other.
/// </summary>
public static class StrategyOption
{
    /// <summary>Loads the catalog of <paramref name="templatesDir"/> and makes it current; a broken descriptor is an input error.</summary>
    public static StrategyCatalog Use(CliContext context, string templatesDir)
    {
        var catalog = Load(context, templatesDir);
        StrategyCatalog.Use(catalog);
        return catalog;
    }

    /// <summary><c>--strategy ID</c>, checked against the catalog of the <c>--templates</c> folder given with it.</summary>
    public static Option<string> Create(CliContext context, Option<string> templates)
    {
        var option = new Option<string>("--strategy")
        {
            Description = $"How images are built: {string.Join(", ", StrategyCatalog.BuiltIn.Ids)}, or a strategy folder your templates add.",
            Required = true,
            HelpName = "STRATEGY",
        };
        option.Validators.Add(result =>
        {
            var id = result.GetValueOrDefault<string>();
            var diagnostics = new DiagnosticBag();
            var templatesDir = result.GetValue(templates) ?? "templates";
            var catalog = StrategyCatalogLoader.Load(context.Resolve(templatesDir), templatesDir, diagnostics);
            if (diagnostics.HasErrors)
            {
                result.AddError(string.Join("\n", diagnostics.Sorted()));
            }
            else if (id is not null && catalog.Find(id) is null)
            {
                result.AddError($"'{SchemaValidator.Printable(id)}' is not a strategy: expected one of {string.Join(", ", catalog.Ids)}.{(Suggestions.DidYouMean(id, catalog.Ids) is { } hint ? " " + hint : string.Empty)}");
            }
        });
        return option;
    }

    private static StrategyCatalog Load(CliContext context, string templatesDir)
    {
        var diagnostics = new DiagnosticBag();
        var catalog = StrategyCatalogLoader.Load(context.Resolve(templatesDir), templatesDir, diagnostics);
        return diagnostics.HasErrors ? throw new RunnerGenException(diagnostics.Sorted()) : catalog;
    }
}
