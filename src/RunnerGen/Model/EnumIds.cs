namespace RunnerGen.Model;

/// <summary>The kebab-case words that stand for enum values in presets, outputs and messages.</summary>
public static class EnumIds
{
    /// <summary>Trust levels by word.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, TrustLevel>> TrustLevels =
    [
        new("trusted", TrustLevel.Trusted),
        new("internal", TrustLevel.Internal),
        new("untrusted", TrustLevel.Untrusted),
    ];

    /// <summary>Executors by word.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, Executor>> Executors =
    [
        new("docker", Executor.Docker),
        new("kubernetes", Executor.Kubernetes),
        new("docker-autoscaler", Executor.DockerAutoscaler),
    ];

    /// <summary>Platforms by word.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, Platform>> Platforms =
    [
        new("gitlab", Platform.Gitlab),
        new("github", Platform.Github),
    ];

    /// <summary>Risks by word.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, RiskId>> Risks =
    [
        new("privileged", RiskId.Privileged),
        new("host-socket", RiskId.HostSocket),
        new("unconfined", RiskId.Unconfined),
        new("added-capabilities", RiskId.AddedCapabilities),
    ];

    /// <summary>The word for a value.</summary>
    public static string Id<T>(this T value)
        where T : struct, Enum => Table<T>().First(p => EqualityComparer<T>.Default.Equals(p.Value, value)).Key;

    /// <summary>The value for a word, or null.</summary>
    public static T? Parse<T>(string id)
        where T : struct, Enum
    {
        foreach (var pair in Table<T>())
        {
            if (pair.Key == id)
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>All words of an enum, in their documented order.</summary>
    public static IReadOnlyList<string> Words<T>()
        where T : struct, Enum => [.. Table<T>().Select(p => p.Key)];

    private static IReadOnlyList<KeyValuePair<string, T>> Table<T>()
        where T : struct, Enum
    {
        object table = typeof(T) switch
        {
            var t when t == typeof(TrustLevel) => TrustLevels,
            var t when t == typeof(Executor) => Executors,
            var t when t == typeof(Platform) => Platforms,
            var t when t == typeof(RiskId) => Risks,
            _ => throw new ArgumentException($"no ids for {typeof(T).Name}"),
        };
        return (IReadOnlyList<KeyValuePair<string, T>>)table;
    }
}
