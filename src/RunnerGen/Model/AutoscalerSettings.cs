namespace RunnerGen.Model;

/// <summary>
/// The docker-autoscaler executor's fleet (<c>runner.autoscaler</c>): the fleeting plugin, the cloud instance group it
/// scales, how many jobs a VM takes, and the idle pool. Bound for every preset; rendered only on that executor.
/// </summary>
public sealed record AutoscalerSettings
{
    /// <summary>The fleeting plugin: <c>aws</c>, <c>googlecloud</c> or <c>azure</c>. Default <c>aws</c>.</summary>
    public required string Plugin { get; init; }

    /// <summary>Version constraint <c>gitlab-runner fleeting install</c> resolves: <c>latest</c>, <c>1</c>, <c>1.5</c>, <c>1.5.1</c>. Default <c>latest</c>.</summary>
    public required string PluginVersion { get; init; }

    /// <summary>AWS Auto Scaling group, Google Cloud instance group or Azure scale set. Default: the preset name.</summary>
    public required string InstanceGroup { get; init; }

    /// <summary>Google Cloud project (googlecloud only).</summary>
    public string? Project { get; init; }

    /// <summary>Google Cloud zone (googlecloud only).</summary>
    public string? Zone { get; init; }

    /// <summary>Azure subscription id (azure only).</summary>
    public string? SubscriptionId { get; init; }

    /// <summary>Azure resource group (azure only).</summary>
    public string? ResourceGroup { get; init; }

    /// <summary>Jobs one VM runs at once (<c>capacity_per_instance</c>). Default 1.</summary>
    public required int CapacityPerInstance { get; init; }

    /// <summary>Jobs a VM runs before it is deleted (<c>max_use_count</c>). Default 1: a fresh VM per job.</summary>
    public required int MaxUseCount { get; init; }

    /// <summary>Most VMs at once (<c>max_instances</c>). Default: <c>runner.concurrency</c>.</summary>
    public required int MaxInstances { get; init; }

    /// <summary>Idle VMs kept ready (<c>idle_count</c>). Default 0.</summary>
    public required int IdleCount { get; init; }

    /// <summary>How long an idle VM is kept (<c>idle_time</c>), a Go duration. Default <c>20m0s</c>.</summary>
    public required string IdleTime { get; init; }

    /// <summary>SSH user on the VMs (<c>connector_config.username</c>); null: the plugin's default.</summary>
    public string? Username { get; init; }

    /// <summary>Reach the VMs by their external address (<c>use_external_addr</c>). Default false: the internal one.</summary>
    public required bool UseExternalAddress { get; init; }

    /// <summary>True when every VM takes one job and is deleted after it: the isolation the policy credits.</summary>
    public bool SingleUse => CapacityPerInstance == 1 && MaxUseCount == 1;
}
