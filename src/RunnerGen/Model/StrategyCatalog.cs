namespace RunnerGen.Model;

/// <summary>
/// The build strategies of a run, in documented order: the built-in descriptors and those a templates folder adds.
/// The catalog in use is <see cref="Current"/>, set once by whoever knows the templates folder (the CLI, a test).
/// </summary>
public sealed class StrategyCatalog
{
    private static readonly AsyncLocal<StrategyCatalog?> Active = new();
    private static readonly Lazy<StrategyCatalog> BuiltInCatalog = new(() => StrategyCatalogLoader.BuiltIn());

    /// <summary>Creates a catalog of <paramref name="strategies"/>, sorted by order, then id.</summary>
    public StrategyCatalog(IEnumerable<StrategyDefinition> strategies, IReadOnlyList<KeyValuePair<string, string>> pinnedImages)
    {
        All = [.. strategies.OrderBy(s => s.Order).ThenBy(s => s.Id, StringComparer.Ordinal)];
        var images = new List<KeyValuePair<string, string>>(pinnedImages);
        foreach (var extra in All.SelectMany(s => s.ImageDefaults))
        {
            if (!images.Any(i => i.Key == extra.Key))
            {
                images.Add(extra);
            }
        }

        Images = images;
    }

    /// <summary>The catalog of this run: the one <see cref="Use"/> set in this flow, or the built-in one.</summary>
    public static StrategyCatalog Current => Active.Value ?? BuiltIn;

    /// <summary>The built-in strategies (from the embedded <c>templates/strategies/*/strategy.yaml</c>).</summary>
    public static StrategyCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>All strategies.</summary>
    public IReadOnlyList<StrategyDefinition> All { get; }

    /// <summary>Every <c>builderImages</c> key with its default reference: the pins, then images only a strategy names.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Images { get; }

    /// <summary>The ids, in documented order.</summary>
    public IReadOnlyList<string> Ids => [.. All.Select(s => s.Id)];

    /// <summary>Makes <paramref name="catalog"/> the catalog of the current flow (and the calls it makes).</summary>
    public static void Use(StrategyCatalog catalog) => Active.Value = catalog;

    /// <summary>The definition of a strategy.</summary>
    public StrategyDefinition Get(StrategyId strategy) => Find(strategy.Value) ?? throw new KeyNotFoundException($"no strategy '{strategy}'");

    /// <summary>The definition with this id, or null.</summary>
    public StrategyDefinition? Find(string id) => All.FirstOrDefault(s => s.Id == id);

    /// <summary>Strategies a preset at this trust level can use without accepting any risk.</summary>
    public IReadOnlyList<StrategyDefinition> SafeAt(TrustLevel trust) =>
        [.. All.Where(s => s.FitsTrust(trust, []))];
}
