namespace RunnerGen.Model;

/// <summary>
/// Builder images by <c>builderImages</c> key (<c>dockerCli</c>, <c>kaniko</c>, <c>actionsRunner</c>, …), pinned by
/// default and overridable per preset. Which keys exist comes from <c>pins.yaml</c> and the strategy descriptors.
/// </summary>
public sealed record BuilderImages
{
    /// <summary>Image reference by key, in the catalog's order.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> ByKey { get; init; }

    /// <summary>The reference of an image key.</summary>
    public string this[string key] => ByKey.First(p => p.Key == key).Value;
}
