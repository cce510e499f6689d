namespace RunnerGen.Model;

/// <summary>
/// Builder images by <c>builderImages</c> key (<c>dockerCli</c>, <c>kaniko</c>, <c>actionsRunner</c>, …), pinned by
/// default and overridable per preset. Which keys exist comes from <c>pins.yaml</c> and the strategy descriptors.
/// </summary>
public sealed record BuilderImages
{
    /// <summary>Image reference by key, in the catalog's order.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> ByKey { get; init; }

    /// <summary>
    /// <c>builderImages.mirror</c>: an <c>https://HOST[:PORT]</c> pull-through mirror of Docker Hub that daemons and
    /// builders pull through; null: none.
    /// </summary>
    public string? Mirror { get; init; }

    /// <summary>The host (and port) of <see cref="Mirror"/>, for builders that take no scheme; null without a mirror.</summary>
    public string? MirrorHost => Mirror?["https://".Length..].TrimEnd('/');

    /// <summary>The reference of an image key.</summary>
    public string this[string key] => ByKey.First(p => p.Key == key).Value;
}
