using RunnerGen.Model;
using Scriban.Runtime;

namespace RunnerGen.Rendering;

/// <summary>
/// Builds what templates see from a <see cref="Preset"/>, by hand rather than by reflection (NativeAOT-safe).
/// Every free-text preset value is a <see cref="PresetText"/>; enums are plain words; numbers are numbers.
/// </summary>
public static class RenderModel
{
    /// <summary>The model for one preset.</summary>
    public static ScriptObject For(Preset preset)
    {
        var definition = StrategyCatalog.Current.Get(preset.Strategy);
        var images = preset.BuilderImages;
        var runner = preset.Runner;
        var github = preset.Github;

        return new ScriptObject
        {
            ["preset"] = Obj(("name", T(preset.Name)), ("source_file", T(preset.SourceFile)), ("build_pod_name", T($"{preset.Name}-build"))),
            ["trust"] = preset.Trust.Id(),
            ["strategy"] = preset.Strategy.Value,
            ["executor"] = preset.Executor.Id(),
            ["strategy_templates"] = $"strategies/{preset.Strategy.Value}/",
            ["pod_security_enforce"] = PodSecurityEnforce(preset, definition),
            ["image"] = Obj(
                ("context", T(preset.Image.Context)),
                ("dockerfile", T(preset.Image.Dockerfile)),
                ("destination", T(preset.Image.Destination)),
                ("registry", T(preset.Image.Registry)),
                ("cache", preset.Image.Cache && preset.Trust != TrustLevel.Untrusted),
                ("cache_repo", T($"{preset.Image.Destination}/cache/{preset.Trust.Id()}")),
                ("cache_repo_protected", T($"{preset.Image.Destination}/cache/{preset.Trust.Id()}-protected")),
                ("cache_repo_unprotected", T($"{preset.Image.Destination}/cache/{preset.Trust.Id()}-unprotected")),
                ("quarantine", preset.Image.Quarantine is { } quarantine ? T(quarantine) : null),
                ("quarantine_registry", preset.Image.Quarantine is { } q ? T(ImageSettings.RegistryOf(q)) : null),
                ("push_secret", T(preset.Image.PushSecret)),
                ("workspace_claim", T(preset.Image.WorkspaceClaim)),
                ("platforms", preset.Image.Platforms.Count > 0 ? T(string.Join(',', preset.Image.Platforms)) : null),
                ("multi_platform", preset.Image.Platforms.Count > 1),
                ("sbom", preset.Image.Sbom),
                ("provenance", preset.Image.Provenance),
                ("sign", preset.Image.SignKeyless)),
            ["mirror"] = images.Mirror is { } mirror ? Obj(("url", T(mirror)), ("host", T(images.MirrorHost!))) : null,
            ["cosign"] = Obj(
                ("version", T(DefaultPins.Cosign.Version)),
                ("sha256_amd64", T(DefaultPins.Cosign.Sha256Amd64)),
                ("sha256_arm64", T(DefaultPins.Cosign.Sha256Arm64))),
            ["runner"] = Obj(
                ("name", T(runner.Name)),
                ("tags", List(runner.Tags)),
                ("concurrency", runner.Concurrency),
                ("namespace", T(runner.Namespace)),
                ("url_ref", T($"${{{runner.UrlVariable}}}")),
                ("token_ref", T($"${{{runner.TokenVariable}}}")),
                ("url_variable", T(runner.UrlVariable)),
                ("token_variable", T(runner.TokenVariable)),
                ("token_rotation", runner.TokenRotation),
                ("allowed_images", List(runner.AllowedImages)),
                ("resources", Obj(
                    ("cpu_request", T(runner.Resources.CpuRequest)),
                    ("cpu_limit", T(runner.Resources.CpuLimit)),
                    ("memory_request", T(runner.Resources.MemoryRequest)),
                    ("memory_limit", T(runner.Resources.MemoryLimit)))),
                ("cache", Cache(runner.Cache)),
                ("user_namespace", runner.UserNamespace),
                ("runtime_class", runner.RuntimeClass is { } runtimeClass ? T(runtimeClass) : null),
                ("autoscaler", Autoscaler(runner.Autoscaler))),
            ["github"] = Obj(
                ("config_url", T(github.ConfigUrl)),
                ("config_secret", T(github.ConfigSecret)),
                ("scale_set_name", T(github.ScaleSetName)),
                ("runner_group", github.RunnerGroup is { } group ? T(group) : null),
                ("scale_set_labels", github.ScaleSetLabels.Count > 0 ? List(github.ScaleSetLabels) : null),
                ("container_mode", github.ContainerMode),
                ("storage_class_name", github.StorageClassName is { } storageClass ? T(storageClass) : null),
                ("environment", T(github.Environment)),
                ("min_runners", github.MinRunners),
                ("max_runners", github.MaxRunners),
                ("registry_is_ghcr", preset.Image.Registry == "ghcr.io"),
                ("hook_template_name", T($"{github.ScaleSetName}-hook-template"))),
            ["gitlab"] = Obj(
                ("url", T(preset.Gitlab.Url)),
                ("runner_type", preset.Gitlab.RunnerType),
                ("group_id", preset.Gitlab.GroupId),
                ("project_id", preset.Gitlab.ProjectId),
                ("maximum_timeout", preset.Gitlab.MaximumTimeout),
                ("description", T(preset.Gitlab.Description)),
                ("token_secret", T(preset.Gitlab.TokenSecret)),
                ("access_level", preset.Trust == TrustLevel.Trusted ? "ref_protected" : "not_protected"),
                ("chart_version", HelmCharts.GitlabRunnerVersion)),
            ["github_push"] = preset.Trust != TrustLevel.Untrusted,
            ["push"] = preset.Trust != TrustLevel.Untrusted,
            ["runs_on"] = preset.Executor == Executor.Kubernetes
                ? List([github.ScaleSetName])
                : List(["self-hosted", "linux", .. runner.Tags]),
            ["actions"] = Obj([.. ActionPins.All.Select(p => (p.Key, (object?)p.Value))]),
            ["images"] = Obj([
                .. images.ByKey.Select(i => (SnakeCase(i.Key), (object?)T(i.Value))),
                ("job", T(images[definition.JobImage])),
                ("service", definition.ServiceImage is { } service ? T(images[service]) : null)]),
        };
    }

    /// <summary>
    /// The Pod Security level the preset's namespace enforces: what its strategy needs, and never below baseline for
    /// untrusted pipelines (a strategy that needs less is refused by the policy anyway).
    /// </summary>
    public static string PodSecurityEnforce(Preset preset, StrategyDefinition definition)
    {
        var level = preset.Trust == TrustLevel.Untrusted && definition.BestPodSecurity < PodSecurityLevel.Baseline
            ? PodSecurityLevel.Baseline
            : definition.BestPodSecurity;
        return level.ToString().ToLowerInvariant();
    }

    private static ScriptObject? Cache(CacheSettings? cache) => cache is null ? null : Obj(
        ("type", cache.Type),
        ("bucket", T(cache.Bucket)),
        ("path", T(cache.Path)),
        ("address", cache.Address is { } address ? T(address) : null),
        ("region", cache.Region is { } region ? T(region) : null),
        ("role_arn", cache.RoleArn is { } role ? T(role) : null),
        ("account", cache.Account is { } account ? T(account) : null),
        ("credentials_secret", cache.CredentialsSecret is { } secret ? T(secret) : null),
        ("credentials_file", cache.SecretItems.Select(i => i.FilePath).OfType<string>().FirstOrDefault() is { } file ? T(file) : null),
        ("credentials_env_items", EnvItems(cache.SecretItems)),
        ("credentials_mount", cache.SecretItems.Any(i => i.FilePath is not null) ? CacheSettings.SecretMountPath : null));

    private static ScriptArray EnvItems(IReadOnlyList<CacheSecretItem> items)
    {
        var array = new ScriptArray();
        foreach (var item in items.Where(i => i.EnvVar is not null))
        {
            array.Add(Obj(("key", T(item.SecretKey)), ("env", T(item.EnvVar!))));
        }

        return array;
    }

    private static ScriptObject Autoscaler(AutoscalerSettings a) => Obj(
        ("plugin", a.Plugin),
        ("plugin_ref", T($"{a.Plugin}:{a.PluginVersion}")),
        ("instance_group", T(a.InstanceGroup)),
        ("project", a.Project is { } project ? T(project) : null),
        ("zone", a.Zone is { } zone ? T(zone) : null),
        ("subscription_id", a.SubscriptionId is { } subscription ? T(subscription) : null),
        ("resource_group", a.ResourceGroup is { } group ? T(group) : null),
        ("capacity_per_instance", a.CapacityPerInstance),
        ("max_use_count", a.MaxUseCount),
        ("max_instances", a.MaxInstances),
        ("idle_count", a.IdleCount),
        ("idle_time", T(a.IdleTime)),
        ("username", a.Username is { } user ? T(user) : null),
        ("use_external_addr", a.UseExternalAddress),
        ("single_use", a.SingleUse));

    private static PresetText T(string value) => new(value);

    private static string SnakeCase(string key) =>
        string.Concat(key.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    private static ScriptArray List(IEnumerable<string> values)
    {
        var array = new ScriptArray();
        foreach (var value in values)
        {
            array.Add(T(value));
        }

        return array;
    }

    private static ScriptObject Obj(params (string Key, object? Value)[] members)
    {
        var obj = new ScriptObject();
        foreach (var (key, value) in members)
        {
            obj[key] = value;
        }

        return obj;
    }
}
