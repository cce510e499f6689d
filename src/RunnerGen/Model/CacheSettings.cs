namespace RunnerGen.Model;

/// <summary>
/// The runner's distributed cache (<c>runner.cache</c>): where GitLab Runner keeps the <c>cache:</c> of jobs between
/// jobs and hosts. Never a key or a password: authentication is the runner's cloud identity (IAM role, workload
/// identity, managed identity) or a Kubernetes Secret named here, which the runner's Helm values mount.
/// </summary>
public sealed record CacheSettings
{
    /// <summary>The object store: <c>s3</c>, <c>gcs</c> or <c>azure</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Bucket (S3, GCS) or container (Azure) name.</summary>
    public required string Bucket { get; init; }

    /// <summary>S3 <c>ServerAddress</c> or Azure <c>StorageDomain</c>; null for the provider's default endpoint.</summary>
    public string? Address { get; init; }

    /// <summary>S3 <c>BucketLocation</c>; null lets the runner use its default.</summary>
    public string? Region { get; init; }

    /// <summary>S3 <c>RoleARN</c>: the role the runner assumes for uploads and downloads (GitLab Runner 17.8+).</summary>
    public string? RoleArn { get; init; }

    /// <summary>Azure storage account (<c>AccountName</c>); required for <c>azure</c>.</summary>
    public string? Account { get; init; }

    /// <summary>Kubernetes Secret holding the credentials, by name; null for the runner's cloud identity.</summary>
    public string? CredentialsSecret { get; init; }

    /// <summary>
    /// The cache's <c>Path</c> in the bucket, <c>runnergen/TRUST/NAME</c>: runners of different trust levels (and
    /// different presets) sharing one bucket never read each other's cache.
    /// </summary>
    public required string Path { get; init; }

    /// <summary>
    /// What the runner's pod needs from <see cref="CredentialsSecret"/>: each Secret key, and the environment variable or
    /// file it becomes. Empty without a Secret.
    /// </summary>
    public IReadOnlyList<CacheSecretItem> SecretItems { get; init; } = [];

    /// <summary>The directory the Secret's files are mounted at in the runner's pod (GCS credentials file).</summary>
    public const string SecretMountPath = "/var/run/secrets/runnergen-cache";

    /// <summary>The Secret keys, environment variables and files each cache type reads, with a Secret named.</summary>
    public static IReadOnlyList<CacheSecretItem> ItemsFor(string type) => type switch
    {
        // AuthenticationType "iam" uses the AWS SDK's default credential chain, which reads these variables first.
        "s3" =>
        [
            new CacheSecretItem("accesskey", EnvVar: "AWS_ACCESS_KEY_ID", FilePath: null),
            new CacheSecretItem("secretkey", EnvVar: "AWS_SECRET_ACCESS_KEY", FilePath: null),
        ],

        // A service account key file: CredentialsFile in config.toml names where the Helm values mount it.
        "gcs" => [new CacheSecretItem("credentials.json", EnvVar: null, FilePath: $"{SecretMountPath}/credentials.json")],

        // Without AccountKey the runner signs with Azure's DefaultAzureCredential, whose first source is a service
        // principal in these variables (then workload identity, then managed identity).
        "azure" =>
        [
            new CacheSecretItem("tenant-id", EnvVar: "AZURE_TENANT_ID", FilePath: null),
            new CacheSecretItem("client-id", EnvVar: "AZURE_CLIENT_ID", FilePath: null),
            new CacheSecretItem("client-secret", EnvVar: "AZURE_CLIENT_SECRET", FilePath: null),
        ],
        _ => [],
    };
}
