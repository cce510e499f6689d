using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Yaml;
using K = RunnerGen.Model.PresetKeys;

namespace RunnerGen.Presets;

/// <summary>
/// Settings of <c>runner.cache</c> and of the ARC scale set that the schema accepts one by one but that do not go
/// together: a key the cache type does not read, a container mode the strategy cannot run in.
/// </summary>
public static class CacheAndArcChecks
{
    /// <summary>Reports every combination of <paramref name="preset"/> that cannot work, at its key.</summary>
    public static void Check(Preset preset, YMapping root, DiagnosticBag diagnostics)
    {
        Cache(preset, root, diagnostics);
        Arc(preset, root, diagnostics);
    }

    private static void Cache(Preset preset, YMapping root, DiagnosticBag diagnostics)
    {
        if (preset.Runner.Cache is not { } cache || (root[K.Runner] as YMapping)?[K.Cache] is not YMapping map)
        {
            return;
        }

        string[] reads = cache.Type switch
        {
            "s3" => [K.Address, K.Region, K.RoleArn, K.CredentialsSecret],
            "gcs" => [K.CredentialsSecret],
            _ => [K.Address, K.Account, K.CredentialsSecret],
        };
        foreach (var entry in map.Entries.Where(e => e.Key is not (K.Type or K.Bucket) && !reads.Contains(e.Key)))
        {
            diagnostics.Error(DiagnosticIds.CacheKeyNotForType, entry.KeyLocation,
                $"runner.cache.{entry.Key} does not apply to a {cache.Type} cache, which reads only {string.Join(", ", reads.Prepend(K.Bucket))}.",
                $"Remove {entry.Key}, or change runner.cache.type.");
        }

        if (cache.Type == "azure" && cache.Account is null)
        {
            diagnostics.Error(DiagnosticIds.AzureCacheSettings, map.Location, "runner.cache: an Azure cache needs account, the storage account that holds the container named in bucket.", "Add account: STORAGE_ACCOUNT.");
        }
    }

    private static void Arc(Preset preset, YMapping root, DiagnosticBag diagnostics)
    {
        var github = root[K.Github] as YMapping;
        var definition = StrategyCatalog.Current.Get(preset.Strategy);
        if (github?[K.ContainerMode] is { } mode)
        {
            if (definition.ArcMode != "kubernetes")
            {
                diagnostics.Error(DiagnosticIds.ArcContainerMode, mode.Location,
                    $"github.containerMode: strategy {definition.Id} writes its own runner pod template (its daemon runs beside the runner), so it has no ARC container mode to choose.",
                    "Remove github.containerMode.");
            }
            else if (preset.Github.ContainerMode == "kubernetes-novolume" && !definition.ArcNoVolume)
            {
                diagnostics.Error(DiagnosticIds.ArcContainerMode, mode.Location,
                    $"github.containerMode: kubernetes-novolume needs a job container that runs as root (ARC copies the job's files into it); strategy {definition.Id}'s job does not.",
                    $"Use containerMode: kubernetes, or a strategy that allows it: {string.Join(", ", StrategyCatalog.Current.All.Where(s => s.ArcNoVolume).Select(s => s.Id))}.");
            }
        }

        if (github?[K.StorageClassName] is { } storageClass && (definition.ArcMode != "kubernetes" || preset.Github.ContainerMode != "kubernetes"))
        {
            diagnostics.Error(DiagnosticIds.StorageClassWithoutClaim, storageClass.Location,
                definition.ArcMode != "kubernetes"
                    ? $"github.storageClassName: strategy {definition.Id}'s scale set has no work volume claim (its runner pod keeps the work folder on an emptyDir)."
                    : "github.storageClassName: the kubernetes-novolume container mode has no work volume claim.",
                "Remove github.storageClassName.");
        }
    }
}
