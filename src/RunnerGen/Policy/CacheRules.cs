using RunnerGen.Model;
using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>
/// The distributed cache of a GitLab runner (<c>[runners.cache]</c>). <see cref="Rules.All"/> lists the rule with the
/// others; <see cref="ConfigTomlRules"/> runs it for every <c>[[runners]]</c>.
/// </summary>
public static class CacheRules
{
    /// <summary><c>Shared = true</c>: the cache of every runner with the same Path is one cache.</summary>
    public static readonly Rule SharedCache = new("RG1043", "shared-runner-cache", FindingSeverity.High, null, [TrustLevel.Trusted],
        "with Shared = true the runner leaves its own prefix out of the cache's object names, so every runner that uses the same bucket and Path reads and writes the same caches: a job of untrusted code can plant a cache (dependencies, build output) that a more trusted pipeline on another runner restores and runs.",
        "Set Shared = false and give each trust level its own Path (runnergen writes runnergen/TRUST/NAME); share a cache only between runners that only trusted pipelines reach.");

    /// <summary>The rules of this file, by id.</summary>
    public static readonly IReadOnlyList<Rule> All = [SharedCache];

    /// <summary>Adds the findings of one runner's <c>[runners.cache]</c>.</summary>
    public static void Check(YMapping runner, List<Finding> findings)
    {
        if (runner.Map("cache") is { } cache && cache.Flag("Shared") == true)
        {
            findings.Add(new(SharedCache, cache.Scalar("Shared")!.Location, $"[runners.cache] Shared = true: the cache at {cache.Text("Path") ?? "the bucket's root"} is shared with every runner that uses the same bucket and Path."));
        }
    }
}
