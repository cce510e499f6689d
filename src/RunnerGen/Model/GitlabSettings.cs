namespace RunnerGen.Model;

/// <summary>
/// Where the runner lives in GitLab and how it is deployed: the settings of <c>gitlab/runner.tf</c> (Terraform's
/// <c>gitlab_user_runner</c>) and <c>gitlab/helm-values.yaml</c> (the gitlab-runner Helm chart).
/// </summary>
public sealed record GitlabSettings
{
    /// <summary>The GitLab instance (the chart's <c>gitlabUrl</c>). Default <c>https://gitlab.com</c>.</summary>
    public required string Url { get; init; }

    /// <summary><c>instance</c>, <c>group</c> or <c>project</c> (default): which runners page of GitLab it belongs to.</summary>
    public required string RunnerType { get; init; }

    /// <summary>The group's numeric id for a group runner; null: Terraform asks for it (a variable).</summary>
    public required int? GroupId { get; init; }

    /// <summary>The project's numeric id for a project runner; null: Terraform asks for it (a variable).</summary>
    public required int? ProjectId { get; init; }

    /// <summary>Longest a job may run on the runner, in seconds (GitLab's minimum is 600). Default 3600.</summary>
    public required int MaximumTimeout { get; init; }

    /// <summary>The runner's description in GitLab. Default: the runner name.</summary>
    public required string Description { get; init; }

    /// <summary>The Kubernetes Secret holding the runner token, which the Helm values name. Default <c>NAME-runner-token</c>.</summary>
    public required string TokenSecret { get; init; }
}
