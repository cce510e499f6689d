using System.Globalization;
using RunnerGen.Model;
using RunnerGen.Yaml;
using K = RunnerGen.Model.PresetKeys;

namespace RunnerGen.Presets;

/// <summary>
/// Turns a merged, schema-valid YAML tree into a <see cref="Preset"/> and fills the defaults.
/// Call only after <see cref="Schema.SchemaValidator"/> found no errors: it does not report, it reads.
/// </summary>
public static class PresetBinder
{
    /// <summary>Binds the preset named <paramref name="name"/> from <paramref name="root"/>.</summary>
    public static Preset Bind(string name, string sourceFile, YMapping root)
    {
        var catalog = StrategyCatalog.Current;
        var strategy = new StrategyId(Text(root, K.Strategy)!);
        var image = Map(root, K.Image);
        var runner = Map(root, K.Runner);
        var resources = Map(runner, K.Resources);
        var github = Map(root, K.Github);
        var autoscaler = Map(runner, K.Autoscaler);
        var gitlab = Map(root, K.Gitlab);
        var images = BindImages(Map(root, K.BuilderImages), catalog);
        var concurrency = Int(runner, K.Concurrency) ?? 4;
        var definition = catalog.Get(strategy);

        return new Preset
        {
            Name = name,
            SourceFile = sourceFile,
            Description = Text(root, K.Description) ?? string.Empty,
            Trust = EnumIds.Parse<TrustLevel>(Text(root, K.Trust)!)!.Value,
            Strategy = strategy,
            Executor = EnumIds.Parse<Executor>(Text(root, K.Executor) ?? "kubernetes")!.Value,
            Platforms = List(root, K.Platforms) is { } platforms
                ? [.. EnumIds.Words<Platform>().Where(platforms.Contains).Select(p => EnumIds.Parse<Platform>(p)!.Value)]
                : [Platform.Gitlab, Platform.Github],
            AcceptRisks = List(root, K.AcceptRisks) is { } risks
                ? [.. EnumIds.Words<RiskId>().Where(risks.Contains).Select(r => EnumIds.Parse<RiskId>(r)!.Value)]
                : [],
            Image = new ImageSettings
            {
                Context = Text(image, K.Context) ?? ".",
                Dockerfile = Text(image, K.Dockerfile) ?? "Dockerfile",
                Destination = Text(image, K.Destination)!,
                Cache = Bool(image, K.Cache) ?? true,
                PushSecret = Text(image, K.PushSecret) ?? "registry-credentials",
                Quarantine = Text(image, K.Quarantine),
                WorkspaceClaim = Text(image, K.WorkspaceClaim) ?? $"{name}-workspace",
                Platforms = List(image, K.Platforms) ?? [],
                Sbom = Bool(image, K.Sbom) ?? false,
                Provenance = Bool(image, K.Provenance) ?? false,
                SignKeyless = Text(image, K.Sign) == "keyless",
            },
            Runner = new RunnerSettings
            {
                Name = Text(runner, K.Name) ?? name,
                Tags = List(runner, K.Tags) ?? [name],
                Concurrency = concurrency,
                Namespace = Text(runner, K.Namespace) ?? $"ci-{name}",
                UrlVariable = Text(runner, K.UrlVariable) ?? "CI_SERVER_URL",
                TokenVariable = Text(runner, K.TokenVariable) ?? "RUNNER_TOKEN",
                TokenRotation = Text(runner, K.TokenRotation) ?? "external",
                AllowedImages = List(runner, K.AllowedImages) ?? [images[definition.JobImage]],
                Resources = new ResourceSettings
                {
                    CpuRequest = Text(resources, K.CpuRequest) ?? "500m",
                    CpuLimit = Text(resources, K.CpuLimit) ?? "2",
                    MemoryRequest = Text(resources, K.MemoryRequest) ?? "1Gi",
                    MemoryLimit = Text(resources, K.MemoryLimit) ?? "4Gi",
                },
                Cache = BindCache(Map(runner, K.Cache), name, Text(root, K.Trust)!),
                Isolation = Text(runner, K.Isolation) ?? "host",
                RuntimeClass = Text(runner, K.RuntimeClass),
                Autoscaler = BindAutoscaler(autoscaler, name, concurrency),
            },
            Github = new GithubSettings
            {
                ConfigUrl = Text(github, K.ConfigUrl) ?? "https://github.com/example-org",
                ConfigSecret = Text(github, K.ConfigSecret) ?? "arc-github-app",
                ScaleSetName = Text(github, K.ScaleSetName) ?? name,
                RunnerGroup = Text(github, K.RunnerGroup),
                Environment = Text(github, K.Environment) ?? "registry",
                MinRunners = Int(github, K.MinRunners) ?? 0,
                MaxRunners = Int(github, K.MaxRunners) ?? concurrency,
                ScaleSetLabels = List(github, K.ScaleSetLabels) ?? [],
                ContainerMode = Text(github, K.ContainerMode) ?? "kubernetes",
                StorageClassName = Text(github, K.StorageClassName),
            },
            BuilderImages = images,
            Gitlab = new GitlabSettings
            {
                Url = Text(gitlab, K.Url) ?? "https://gitlab.com",
                RunnerType = Text(gitlab, K.RunnerType) ?? "project",
                GroupId = Int(gitlab, K.GroupId),
                ProjectId = Int(gitlab, K.ProjectId),
                MaximumTimeout = Int(gitlab, K.MaximumTimeout) ?? 3600,
                Description = Text(gitlab, K.Description) ?? Text(runner, K.Name) ?? name,
                TokenSecret = Text(gitlab, K.TokenSecret) ?? $"{name}-runner-token",
            },
        };
    }

    private static CacheSettings? BindCache(YMapping? cache, string name, string trust)
    {
        if (cache is null || Text(cache, K.Type) is not { } type || Text(cache, K.Bucket) is not { } bucket)
        {
            return null;
        }

        var secret = Text(cache, K.CredentialsSecret);
        return new CacheSettings
        {
            Type = type,
            Bucket = bucket,
            Address = Text(cache, K.Address),
            Region = Text(cache, K.Region),
            RoleArn = Text(cache, K.RoleArn),
            Account = Text(cache, K.Account),
            CredentialsSecret = secret,
            Path = $"runnergen/{trust}/{name}",
            SecretItems = secret is null ? [] : CacheSettings.ItemsFor(type),
        };
    }
    private static AutoscalerSettings BindAutoscaler(YMapping? map, string name, int concurrency) => new()
    {
        Plugin = Text(map, K.Plugin) ?? "aws",
        PluginVersion = Text(map, K.PluginVersion) ?? "latest",
        InstanceGroup = Text(map, K.InstanceGroup) ?? name,
        Project = Text(map, K.Project),
        Zone = Text(map, K.Zone),
        SubscriptionId = Text(map, K.SubscriptionId),
        ResourceGroup = Text(map, K.ResourceGroup),
        CapacityPerInstance = Int(map, K.CapacityPerInstance) ?? 1,
        MaxUseCount = Int(map, K.MaxUseCount) ?? 1,
        MaxInstances = Int(map, K.MaxInstances) ?? concurrency,
        IdleCount = Int(map, K.IdleCount) ?? 0,
        IdleTime = Text(map, K.IdleTime) ?? "20m0s",
        Username = Text(map, K.Username),
        UseExternalAddress = Bool(map, K.UseExternalAddress) ?? false,
    };

    private static BuilderImages BindImages(YMapping? map, StrategyCatalog catalog) =>
        new()
        {
            ByKey = [.. catalog.Images.Where(d => d.Key != K.Mirror).Select(d => new KeyValuePair<string, string>(d.Key, Text(map, d.Key) ?? d.Value))],
            Mirror = Text(map, K.Mirror),
        };

    private static YMapping? Map(YMapping? map, string key) => map?[key] as YMapping;

    private static string? Text(YMapping? map, string key) => map?[key] is YScalar { IsNull: false } s ? s.Value : null;

    private static int? Int(YMapping? map, string key) =>
        Text(map, key) is { } text ? int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null;

    private static bool? Bool(YMapping? map, string key) =>
        map?[key] is YScalar s ? Schema.SchemaValidator.ParseBoolean(s) : null;

    private static IReadOnlyList<string>? List(YMapping? map, string key) =>
        map?[key] is YSequence seq ? [.. seq.Items.OfType<YScalar>().Select(s => s.Value)] : null;
}
