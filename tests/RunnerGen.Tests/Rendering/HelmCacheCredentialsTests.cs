using RunnerGen.Generation;
using RunnerGen.Model;
using RunnerGen.Presets;
using RunnerGen.Rendering;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Rendering;

/// <summary>
/// gitlab/helm-values.yaml hands the distributed cache's credentials Secret (runner.cache.credentialsSecret) to the
/// runner's own pod: environment variables through the chart's extraEnvFrom, a credentials file through a read-only
/// Secret volume at the path config.toml names. Never to the job pods, and never a key in the file.
/// </summary>
public sealed class HelmCacheCredentialsTests
{
    private static Dictionary<object, object> Values(string cache)
    {
        var text = $"trust: internal\nstrategy: kaniko\nexecutor: kubernetes\nplatforms: [gitlab]\nimage:\n  destination: registry.example.com/team/app\nrunner:\n  cache: {cache}\n";
        var set = PresetLoader.Load([(text, "presets/p.yaml", "presets/p.yaml")]);
        Assert.False(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Sorted()));
        var result = new Generator(new TemplateStore()).Render(set, []);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
        return Parsed.Yaml(result.Files.Single(f => f.Output.Id == "gitlab-helm-values").Content);
    }

    private static (string Secret, string Key) SecretRef(Dictionary<object, object> values, string variable)
    {
        var from = (Dictionary<object, object>)((Dictionary<object, object>)values["extraEnvFrom"])[variable];
        var secretKeyRef = (Dictionary<object, object>)from["secretKeyRef"];
        return ((string)secretKeyRef["name"], (string)secretKeyRef["key"]);
    }

    [Fact]
    public void S3_keys_reach_the_runner_as_the_aws_sdk_variables()
    {
        var values = Values("{type: s3, bucket: ci-cache, credentialsSecret: cache-s3}");

        Assert.Equal(("cache-s3", "accesskey"), SecretRef(values, "AWS_ACCESS_KEY_ID"));
        Assert.Equal(("cache-s3", "secretkey"), SecretRef(values, "AWS_SECRET_ACCESS_KEY"));
        Assert.False(values.ContainsKey("volumes"));
    }

    [Fact]
    public void Azure_service_principal_reaches_the_runner_as_the_azure_identity_variables()
    {
        var values = Values("{type: azure, bucket: ci-cache, account: cistorage, credentialsSecret: cache-azure}");

        Assert.Equal(("cache-azure", "tenant-id"), SecretRef(values, "AZURE_TENANT_ID"));
        Assert.Equal(("cache-azure", "client-id"), SecretRef(values, "AZURE_CLIENT_ID"));
        Assert.Equal(("cache-azure", "client-secret"), SecretRef(values, "AZURE_CLIENT_SECRET"));
    }

    [Fact]
    public void Gcs_key_file_is_mounted_read_only_where_config_toml_reads_it()
    {
        var values = Values("{type: gcs, bucket: ci-cache, credentialsSecret: cache-gcs}");

        var mount = (Dictionary<object, object>)Assert.Single((List<object>)values["volumeMounts"]);
        var volume = (Dictionary<object, object>)Assert.Single((List<object>)values["volumes"]);
        Assert.Equal(mount["name"], volume["name"]);
        Assert.Equal(CacheSettings.SecretMountPath, mount["mountPath"]);
        Assert.Equal("true", mount["readOnly"]);
        Assert.Equal("cache-gcs", ((Dictionary<object, object>)volume["secret"])["secretName"]);
        Assert.False(values.ContainsKey("extraEnvFrom"));
        var config = (string)((Dictionary<object, object>)values["runners"])["config"];
        Assert.Contains($"CredentialsFile = \"{CacheSettings.SecretMountPath}/credentials.json\"", config, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_credentials_secret_the_runner_uses_its_cloud_identity_and_nothing_is_mounted()
    {
        var values = Values("{type: s3, bucket: ci-cache}");

        Assert.False(values.ContainsKey("extraEnvFrom"));
        Assert.False(values.ContainsKey("volumes"));
        Assert.False(values.ContainsKey("volumeMounts"));
    }
}
