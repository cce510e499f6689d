namespace RunnerGen.Model;

/// <summary>
/// One key of the cache's credentials Secret and how it reaches the runner's pod: as an environment variable, or as a
/// file at <see cref="FilePath"/> (the Secret mounted at <see cref="CacheSettings.SecretMountPath"/>).
/// </summary>
/// <param name="SecretKey">The key in the Kubernetes Secret.</param>
/// <param name="EnvVar">The environment variable of the runner's container it becomes, if any.</param>
/// <param name="FilePath">The file it becomes, if any.</param>
public sealed record CacheSecretItem(string SecretKey, string? EnvVar, string? FilePath);
