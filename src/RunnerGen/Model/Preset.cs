namespace RunnerGen.Model;

/// <summary>
/// A complete, validated preset: every default filled, every <c>extends</c> resolved.
/// Renderers and the policy only ever see this shape.
/// </summary>
public sealed record Preset
{
    /// <summary>Names the preset and its output folder (<c>generated/NAME/</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The preset file, relative to the working folder with <c>/</c> separators; named in every output's header.</summary>
    public required string SourceFile { get; init; }

    /// <summary>Free text for people; never emitted into configs.</summary>
    public required string Description { get; init; }

    /// <summary>How far the pipelines are trusted; the policy's ceiling.</summary>
    public required TrustLevel Trust { get; init; }

    /// <summary>How images are built.</summary>
    public required StrategyId Strategy { get; init; }

    /// <summary>Where jobs run.</summary>
    public required Executor Executor { get; init; }

    /// <summary>Which CI systems get outputs, in documented order.</summary>
    public required IReadOnlyList<Platform> Platforms { get; init; }

    /// <summary>Risks an <c>internal</c> preset accepts by name.</summary>
    public required IReadOnlyList<RiskId> AcceptRisks { get; init; }

    /// <summary>What to build and where to push it.</summary>
    public required ImageSettings Image { get; init; }

    /// <summary>The runner's settings.</summary>
    public required RunnerSettings Runner { get; init; }

    /// <summary>GitHub and Actions Runner Controller settings.</summary>
    public required GithubSettings Github { get; init; }

    /// <summary>Images of the builders, pinned.</summary>
    public required BuilderImages BuilderImages { get; init; }

    /// <summary>The runner in GitLab (Terraform) and its Helm deployment.</summary>
    public required GitlabSettings Gitlab { get; init; }

    /// <summary>True when the preset targets this platform.</summary>
    public bool Targets(Platform platform) => Platforms.Contains(platform);

    /// <summary>True when jobs run on docker-autoscaler VMs that take one job each and are deleted after it.</summary>
    public bool SingleUseVm => Executor == Executor.DockerAutoscaler && Runner.Autoscaler.SingleUse;
}
