using System.Text.RegularExpressions;
using RunnerGen.Diagnostics;
using RunnerGen.Yaml;

namespace RunnerGen.Model;

/// <summary>
/// Reads the strategy descriptors (<c>strategies/ID/strategy.yaml</c>) with the project's own YAML node loader:
/// the built-in ones embedded in the assembly, then those of a templates folder, which add strategies or replace a
/// built-in one of the same id.
/// </summary>
public static partial class StrategyCatalogLoader
{
    /// <summary>The descriptor's file name inside a strategy folder.</summary>
    public const string FileName = "strategy.yaml";

    private const string ResourcePrefix = "templates/strategies/";

    /// <summary>The built-in catalog; a broken built-in descriptor is a bug in runnergen.</summary>
    public static StrategyCatalog BuiltIn()
    {
        var diagnostics = new DiagnosticBag();
        var catalog = Load(BuiltInFiles(), diagnostics);
        return diagnostics.HasErrors ? throw new RunnerGenException(diagnostics.Sorted()) : catalog;
    }

    /// <summary>
    /// The built-in descriptors plus those under <c>strategies/</c> of <paramref name="templatesDirectory"/> (when it
    /// exists), named in messages under <paramref name="display"/>.
    /// </summary>
    public static StrategyCatalog Load(string? templatesDirectory, string display, DiagnosticBag diagnostics)
    {
        var files = BuiltInFiles().ToList();
        var folder = templatesDirectory is null ? null : Path.Combine(templatesDirectory, "strategies");
        if (folder is not null && Directory.Exists(folder))
        {
            foreach (var dir in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            {
                var id = Path.GetFileName(dir);
                var path = Path.Combine(dir, FileName);
                if (File.Exists(path))
                {
                    files.RemoveAll(f => f.Id == id);
                    files.Add(new(id, File.ReadAllText(path), $"{display.TrimEnd('/')}/strategies/{id}/{FileName}"));
                }
            }
        }

        return Load(files, diagnostics);
    }

    /// <summary>
    /// The built-in descriptors plus those among <paramref name="templates"/> (relative path to text, as a templates
    /// folder holds them, e.g. at a git revision), named in messages under <paramref name="display"/>.
    /// </summary>
    public static StrategyCatalog Load(IReadOnlyDictionary<string, string> templates, string display, DiagnosticBag diagnostics)
    {
        var files = BuiltInFiles().ToList();
        foreach (var (path, text) in templates.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var parts = path.Split('/');
            if (parts is ["strategies", var id, FileName])
            {
                files.RemoveAll(f => f.Id == id);
                files.Add(new(id, text, $"{display.TrimEnd('/')}/{path}"));
            }
        }

        return Load(files, diagnostics);
    }

    /// <summary>A catalog from descriptor texts (one per strategy); problems go to <paramref name="diagnostics"/>.</summary>
    public static StrategyCatalog Load(IEnumerable<StrategyDescriptorFile> files, DiagnosticBag diagnostics)
    {
        var strategies = new List<StrategyDefinition>();
        var parsed = new List<StrategyDescriptorFile>();
        foreach (var file in files)
        {
            if (Parse(file, diagnostics) is { } definition)
            {
                strategies.Add(definition);
                parsed.Add(file);
            }
        }

        var catalog = new StrategyCatalog(strategies, DefaultPins.Images);
        foreach (var (strategy, file) in strategies.Zip(parsed))
        {
            foreach (var key in new[] { strategy.JobImage, strategy.ServiceImage }.OfType<string>().Where(k => !catalog.Images.Any(i => i.Key == k)))
            {
                Fail(diagnostics, SourceLocation.InFile(file.Display), $"image '{key}' is neither pinned in pins.yaml nor given in imageDefaults: expected one of {string.Join(", ", catalog.Images.Select(i => i.Key))}.");
            }

            foreach (var successor in strategy.Successors.Where(id => catalog.Find(id) is null))
            {
                Fail(diagnostics, SourceLocation.InFile(file.Display), $"successor '{successor}' is not a strategy: expected one of {string.Join(", ", catalog.Ids)}.");
            }
        }

        return catalog;
    }

    /// <summary>The embedded descriptors.</summary>
    public static IEnumerable<StrategyDescriptorFile> BuiltInFiles()
    {
        var assembly = typeof(StrategyCatalogLoader).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith("/" + FileName, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return new(name[ResourcePrefix.Length..^(FileName.Length + 1)], reader.ReadToEnd(), name);
        }
    }

    private static StrategyDefinition? Parse(StrategyDescriptorFile file, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Count;
        var root = YamlDocumentLoader.Load(file.Text, file.Display, diagnostics) as YMapping;
        if (diagnostics.Count != before || root is null)
        {
            Fail(diagnostics, SourceLocation.InFile(file.Display), "a strategy descriptor must be a YAML mapping.");
            return null;
        }

        if (!IdRegex().IsMatch(file.Id))
        {
            Fail(diagnostics, SourceLocation.InFile(file.Display), $"strategy folder '{file.Id}' is not a valid id: lower-case letters, digits and '-'.");
        }

        string Required(string key)
        {
            var text = root.Text(key);
            if (text is null)
            {
                Fail(diagnostics, root.Location, $"'{key}' is missing.");
            }

            return text ?? string.Empty;
        }

        var risks = new List<RiskId>();
        foreach (var risk in root.Texts("risks"))
        {
            if (EnumIds.Parse<RiskId>(risk.Value) is { } id)
            {
                risks.Add(id);
            }
            else
            {
                Fail(diagnostics, risk.Location, $"unknown risk '{risk.Value}': expected one of {string.Join(", ", EnumIds.Words<RiskId>())}.");
            }
        }

        var level = Required("bestPodSecurity");
        var podSecurity = Enum.GetValues<PodSecurityLevel>().Where(l => l.ToString().Equals(level, StringComparison.OrdinalIgnoreCase)).Cast<PodSecurityLevel?>().FirstOrDefault();
        if (podSecurity is null && level.Length > 0)
        {
            Fail(diagnostics, root.Scalar("bestPodSecurity")!.Location, $"unknown Pod Security level '{level}': expected privileged, baseline or restricted.");
        }

        var arcMode = Required("arcMode");
        if (arcMode is not ("kubernetes" or "template" or ""))
        {
            Fail(diagnostics, root.Scalar("arcMode")!.Location, $"arcMode '{arcMode}' is not kubernetes or template.");
        }

        var noVolume = root.Flag("arcNoVolume") == true;
        if (noVolume && arcMode != "kubernetes")
        {
            Fail(diagnostics, root.Scalar("arcNoVolume")!.Location, "arcNoVolume applies to arcMode: kubernetes only.");
        }

        var images = root.Map("images");
        var job = images.Text("job");
        if (job is null)
        {
            Fail(diagnostics, images?.Location ?? root.Location, "'images.job' is missing: the builderImages key of the image jobs run in.");
        }

        foreach (var feature in root.Texts("features").Where(f => !StrategyFeatures.All.Contains(f.Value)))
        {
            Fail(diagnostics, feature.Location, $"unknown feature '{feature.Value}': expected one of {string.Join(", ", StrategyFeatures.All)}.");
        }

        var defaults = root.Map("imageDefaults")?.Entries.Select(e => new KeyValuePair<string, string>(e.Key, e.Value is YScalar s ? s.Value : string.Empty)).ToList() ?? [];
        var summary = Required("summary");
        var order = root.Number("order") ?? int.MaxValue;
        if (diagnostics.Count != before)
        {
            return null;
        }

        return new StrategyDefinition
        {
            Strategy = new StrategyId(file.Id),
            Order = (int)Math.Min(order, int.MaxValue),
            Summary = summary,
            Risks = risks,
            BestPodSecurity = podSecurity!.Value,
            ArcMode = arcMode,
            ArcNoVolume = noVolume,
            JobImage = job!,
            ServiceImage = images.Text("service"),
            ImageDefaults = defaults,
            Outputs = [.. root.Texts("outputs").Select(o => o.Value)],
            Successors = [.. root.Texts("successors").Select(o => o.Value)],
            SuccessorNote = root.Text("successorNote"),
            Features = [.. root.Texts("features").Select(f => f.Value)],
            PlatformsNote = root.Text("platformsNote"),
        };
    }

    private static void Fail(DiagnosticBag diagnostics, SourceLocation location, string message) =>
        diagnostics.Error(DiagnosticIds.TemplateError, location, message, "See templates/README.md, 'Adding a strategy'.");

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$")]
    private static partial Regex IdRegex();
}
