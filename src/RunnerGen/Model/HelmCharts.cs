namespace RunnerGen.Model;

/// <summary>The Helm charts the generated values are written for (pinned in <c>pins.yaml</c>, <c>charts</c>).</summary>
public static class HelmCharts
{
    /// <summary>
    /// The gitlab-runner chart (https://charts.gitlab.io) that <c>gitlab/helm-values.yaml</c> is written for: 0.88 ships
    /// GitLab Runner 18.11, the release the Kubernetes config.toml of Kaniko, Buildah and BuildKit needs. Its
    /// <c>runners.config</c> (a config template passed through <c>tpl</c> and <c>register --template-config</c>) is
    /// in every chart release since 0.2x; <c>runners.configOverride</c> only from 0.88.3 / 0.89.0.
    /// </summary>
    public static string GitlabRunnerVersion => DefaultPins.Chart("gitlabRunner").Version;
}
