using RunnerGen.Diagnostics;
using RunnerGen.Generation;
using RunnerGen.Model;
using RunnerGen.Presets;
using RunnerGen.Rendering;
using RunnerGen.Tests.Support;
using Tomlyn.Model;

namespace RunnerGen.Tests.Rendering;

/// <summary>
/// runner.cache renders [runners.cache] for every cache type on both executors, keeps trust levels apart and writes no
/// credential; the ARC 0.14 keys (scaleSetLabels, runnerGroup, storageClassName, kubernetes-novolume) reach the values.
/// Golden files of each cache type are in <c>Snapshots/cache/</c>.
/// </summary>
public sealed class CacheAndArcTests
{
    /// <summary>The focused golden files: a preset per cache type and executor, and the ARC values of two modes.</summary>
    public static readonly IReadOnlyList<(string Name, string Yaml)> Cases =
    [
        ("s3-iam-docker", Preset("internal", "docker", "cache: {type: s3, bucket: ci-cache}")),
        ("s3-full-kubernetes", Preset("untrusted", "kubernetes", "cache: {type: s3, bucket: ci-cache, address: minio.example.com:9000, region: eu-west-1, roleArn: 'arn:aws:iam::123456789012:role/runner-cache', credentialsSecret: cache-s3}")),
        ("gcs-identity-kubernetes", Preset("trusted", "kubernetes", "cache: {type: gcs, bucket: ci-cache}")),
        ("gcs-secret-docker", Preset("internal", "docker", "cache: {type: gcs, bucket: ci-cache, credentialsSecret: cache-gcs}")),
        ("azure-kubernetes", Preset("internal", "kubernetes", "cache: {type: azure, bucket: ci-cache, account: cistorage, address: blob.core.chinacloudapi.cn}")),
        ("azure-secret-docker", Preset("trusted", "docker", "cache: {type: azure, bucket: ci-cache, account: cistorage, credentialsSecret: cache-azure}")),
    ];

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Cases)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Each_cache_type_matches_its_golden_file(string name) =>
        Snapshot.Verify("cache", name, "toml", Config(Render(Cases.Single(c => c.Name == name).Yaml)));

    [Fact]
    public void Bucket_alone_is_an_s3_cache_with_iam_on_the_default_endpoint()
    {
        var cache = CacheTable(Render(Preset("internal", "kubernetes", "cache: {type: s3, bucket: ci-cache}")));
        var s3 = (TomlTable)cache["s3"];
        Assert.Equal("s3", cache["Type"]);
        Assert.Equal("ci-cache", s3["BucketName"]);
        Assert.Equal("iam", s3["AuthenticationType"]);
        Assert.Equal("s3.amazonaws.com", s3["ServerAddress"]);
        Assert.False(s3.ContainsKey("AccessKey") || s3.ContainsKey("SecretKey") || s3.ContainsKey("SessionToken"));
    }

    [Theory]
    [InlineData("trusted")]
    [InlineData("internal")]
    [InlineData("untrusted")]
    public void Each_trust_level_has_its_own_path_and_never_a_shared_cache(string trust)
    {
        var cache = CacheTable(Render(Preset(trust, "docker", "cache: {type: gcs, bucket: one-bucket}")));
        Assert.Equal($"runnergen/{trust}/p", cache["Path"]);
        Assert.Equal(false, cache["Shared"]);
    }

    [Fact]
    public void No_credential_is_written_whatever_the_cache_type()
    {
        foreach (var (name, yaml) in Cases)
        {
            var text = Config(Render(yaml));
            foreach (var key in new[] { "AccessKey", "SecretKey", "SessionToken", "AccessID", "PrivateKey", "AccountKey" })
            {
                Assert.DoesNotMatch($@"(?m)^\s*{key}\s*=", text);
            }

            Assert.Empty(UnknownKeys(Parsed.Toml(text), "(global)").Select(k => $"{name}: {k}"));
        }
    }

    [Fact]
    public void A_credentials_secret_is_on_the_model_with_the_variables_and_files_the_runner_reads()
    {
        var s3 = Load(Preset("internal", "kubernetes", "cache: {type: s3, bucket: b-1, credentialsSecret: cache-s3}")).Presets.Single().Runner.Cache!;
        Assert.Equal("cache-s3", s3.CredentialsSecret);
        Assert.Equal([("accesskey", "AWS_ACCESS_KEY_ID"), ("secretkey", "AWS_SECRET_ACCESS_KEY")], s3.SecretItems.Select(i => (i.SecretKey, i.EnvVar!)));

        var gcs = Load(Preset("internal", "kubernetes", "cache: {type: gcs, bucket: b-1, credentialsSecret: cache-gcs}")).Presets.Single().Runner.Cache!;
        var file = Assert.Single(gcs.SecretItems);
        Assert.Equal(("credentials.json", "/var/run/secrets/runnergen-cache/credentials.json"), (file.SecretKey, file.FilePath!));
        Assert.Equal(file.FilePath, ((TomlTable)CacheTable(Render(Preset("internal", "kubernetes", "cache: {type: gcs, bucket: b-1, credentialsSecret: cache-gcs}")))["gcs"])["CredentialsFile"]);

        var azure = Load(Preset("internal", "kubernetes", "cache: {type: azure, bucket: b-1, account: acct1, credentialsSecret: cache-azure}")).Presets.Single().Runner.Cache!;
        Assert.Equal(["AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET"], azure.SecretItems.Select(i => i.EnvVar!));

        Assert.Empty(Load(Preset("internal", "kubernetes", "cache: {type: s3, bucket: b-1}")).Presets.Single().Runner.Cache!.SecretItems);
    }

    [Theory]
    [InlineData("cache: {type: gcs, bucket: b-1, region: eu-west-1}", DiagnosticIds.CacheKeyNotForType, "region")]
    [InlineData("cache: {type: gcs, bucket: b-1, address: storage.example.com}", DiagnosticIds.CacheKeyNotForType, "address")]
    [InlineData("cache: {type: s3, bucket: b-1, account: acct1}", DiagnosticIds.CacheKeyNotForType, "account")]
    [InlineData("cache: {type: azure, bucket: b-1, account: acct1, roleArn: 'arn:aws:iam::123456789012:role/r'}", DiagnosticIds.CacheKeyNotForType, "roleArn")]
    [InlineData("cache: {type: azure, bucket: b-1}", DiagnosticIds.AzureCacheSettings, "needs account")]
    [InlineData("cache: {type: s3}", DiagnosticIds.MissingRequired, "bucket")]
    [InlineData("cache: {type: s4, bucket: b-1}", DiagnosticIds.InvalidEnumValue, "s4")]
    [InlineData("cache: {type: s3, bucket: b-1, accessKey: AKIA}", DiagnosticIds.UnknownKey, "accessKey")]
    [InlineData("cache: {type: s3, bucket: 'Bad Bucket'}", DiagnosticIds.InvalidValue, "bucket")]
    public void Cache_settings_that_cannot_work_are_refused_at_their_key(string cache, string id, string text)
    {
        var set = Load(Preset("internal", "kubernetes", cache));
        var error = Assert.Single(set.Diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal(id, error.Id);
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
        Assert.Equal("presets/p.yaml", error.Location.File);
    }

    [Fact]
    public void A_shared_cache_is_allowed_on_trusted_runners_only()
    {
        Assert.False(RunnerGen.Policy.CacheRules.SharedCache.Exceeds(TrustLevel.Trusted, []));
        Assert.True(RunnerGen.Policy.CacheRules.SharedCache.Exceeds(TrustLevel.Internal, [RiskId.Privileged, RiskId.HostSocket, RiskId.Unconfined, RiskId.AddedCapabilities]));
        Assert.True(RunnerGen.Policy.CacheRules.SharedCache.Exceeds(TrustLevel.Untrusted, []));
    }

    [Fact]
    public void Arc_values_carry_labels_group_and_storage_class()
    {
        var values = Parsed.Yaml(Arc(Render(Preset("internal", "kubernetes", string.Empty, "github: {runnerGroup: builders, scaleSetLabels: [fast, 'with space'], storageClassName: fast.ssd}"))));
        Assert.Equal("builders", values["runnerGroup"]);
        Assert.Equal(["fast", "with space"], ((List<object>)values["scaleSetLabels"]).Cast<string>());
        var mode = (Dictionary<object, object>)values["containerMode"];
        Assert.Equal("kubernetes", mode["type"]);
        Assert.Equal("fast.ssd", ((Dictionary<object, object>)mode["kubernetesModeWorkVolumeClaim"])["storageClassName"]);
    }

    [Fact]
    public void Without_the_keys_the_values_leave_group_labels_and_class_to_arc()
    {
        var values = Parsed.Yaml(Arc(Render(Preset("internal", "kubernetes", string.Empty))));
        Assert.False(values.ContainsKey("runnerGroup"));
        Assert.False(values.ContainsKey("scaleSetLabels"));
        Assert.False(((Dictionary<object, object>)((Dictionary<object, object>)values["containerMode"])["kubernetesModeWorkVolumeClaim"]).ContainsKey("storageClassName"));
    }

    [Fact]
    public void Novolume_mode_has_no_work_volume_claim_and_the_runner_pod_is_still_audited()
    {
        var result = Render(Preset("untrusted", "kubernetes", string.Empty, "github: {containerMode: kubernetes-novolume}"));
        var values = Parsed.Yaml(Arc(result));
        var mode = (Dictionary<object, object>)values["containerMode"];
        Assert.Equal("kubernetes-novolume", mode["type"]);
        Assert.False(mode.ContainsKey("kubernetesModeWorkVolumeClaim"));
        Assert.Empty(result.Refusals);
        Assert.Contains(result.Verdicts.Single().Pods, p => p.Location.File.EndsWith("arc-values.yaml", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("buildah", "github: {containerMode: kubernetes-novolume}", DiagnosticIds.ArcContainerMode, "runs as root")]
    [InlineData("dind", "github: {containerMode: kubernetes}", DiagnosticIds.ArcContainerMode, "own runner pod template")]
    [InlineData("kaniko", "github: {containerMode: kubernetes-novolume, storageClassName: ssd}", DiagnosticIds.StorageClassWithoutClaim, "novolume")]
    [InlineData("dind", "github: {storageClassName: ssd}", DiagnosticIds.StorageClassWithoutClaim, "no work volume claim")]
    public void Arc_settings_the_strategy_cannot_use_are_refused(string strategy, string github, string id, string text)
    {
        var yaml = Preset("trusted", "kubernetes", string.Empty, github).Replace("strategy: kaniko", $"strategy: {strategy}", StringComparison.Ordinal);
        var error = Assert.Single(Load(yaml).Diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal(id, error.Id);
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    internal static string Preset(string trust, string executor, string runner, string github = "") =>
        $"""
        trust: {trust}
        strategy: kaniko
        executor: {executor}
        image:
          destination: registry.example.com/team/app
        runner:
          tags: [t]
          {runner}
        {github}

        """;

    private static PresetSet Load(string yaml) => PresetLoader.Load([(yaml, "presets/p.yaml", "presets/p.yaml")]);

    private static GenerationResult Render(string yaml)
    {
        var set = Load(yaml);
        Assert.False(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Sorted()));
        var result = new Generator(new TemplateStore()).Render(set, []);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
        foreach (var file in result.Files)
        {
            Parsed.Back(file);
        }

        return result;
    }

    private static string Config(GenerationResult result) => result.Files.Single(f => f.Output.Id == "gitlab-config").Content;

    private static string Arc(GenerationResult result) => result.Files.Single(f => f.Output.Id == "arc-values").Content;

    private static IEnumerable<string> UnknownKeys(TomlTable table, string section)
    {
        foreach (var (key, value) in table)
        {
            var path = section == "(global)" ? key : $"{section}.{key}";
            if (!RunnerKeyTable.Value.Since.ContainsKey((section, key)))
            {
                yield return path;
                continue;
            }

            var children = RunnerKeyTable.Value.MapSections.Contains(path) ? [] : value switch
            {
                TomlTable child => [child],
                TomlTableArray array => array.ToList(),
                _ => new List<TomlTable>(),
            };
            foreach (var unknown in children.SelectMany(c => UnknownKeys(c, path)))
            {
                yield return unknown;
            }
        }
    }

    private static TomlTable CacheTable(GenerationResult result) =>
        (TomlTable)((TomlTable)((TomlTableArray)Parsed.Toml(Config(result))["runners"])[0])["cache"];
}
