namespace RunnerGen.Rendering;

/// <summary>
/// GitHub Actions used by generated workflows, pinned to full commit SHAs with the version in a comment
/// (GitHub: "Pinning an action to a full-length commit SHA is currently the only way to use an action as an
/// immutable release"). Refresh them here, in one place, and regenerate.
/// </summary>
public static class ActionPins
{
    /// <summary>Action name to <c>owner/repo@sha # vX.Y.Z</c>, sorted by name.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> All =
    [
        new("checkout", "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1"),
        new("login", "docker/login-action@4907a6ddec9925e35a0a9e82d7399ccc52663121 # v4.1.0"),
        new("setup_buildx", "docker/setup-buildx-action@37fe631027851001ddb9b187196cc803df7f5f0e # v4.3.0"),
        new("build_push", "docker/build-push-action@53b7df96c91f9c12dcc8a07bcb9ccacbed38856a # v7.3.0"),
    ];
}
