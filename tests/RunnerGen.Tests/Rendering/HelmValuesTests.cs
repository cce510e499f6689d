using RunnerGen.Formats;
using RunnerGen.Model;
using RunnerGen.Tests.Policy;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Rendering;

/// <summary>gitlab/helm-values.yaml: values for the gitlab-runner chart that carry the preset's config.toml.</summary>
public sealed class HelmValuesTests
{
    // What GitLab Runner's permission table lists for the Kubernetes executor without the optional features
    // (namespace per job, pod disruption budgets, suspendable environments, the kubernetes autoscaler).
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["pods"] = ["create", "delete", "get", "list", "watch"],
        ["pods/attach"] = ["create", "delete", "get", "patch"],
        ["pods/exec"] = ["create", "delete", "get", "patch"],
        ["pods/log"] = ["get", "list"],
        ["secrets"] = ["create", "delete", "get", "update"],
        ["serviceaccounts"] = ["get"],
        ["services"] = ["create", "get"],
        ["events"] = ["list"],
    };

    public static TheoryData<string> Presets => [.. BuiltIn.Files.Where(f => f.Output.Id == "gitlab-helm-values").Select(f => f.Preset)];

    [Theory]
    [MemberData(nameof(Presets))]
    public void Runners_config_is_the_config_toml_byte_for_byte(string preset)
    {
        var values = Parsed.Yaml(BuiltIn.File($"{preset}/gitlab/helm-values.yaml").Content);
        var config = (string)((Dictionary<object, object>)values["runners"])["config"];

        Assert.Equal(BuiltIn.File($"{preset}/gitlab/config.toml").Content, HelmTemplateEmitter.Evaluate(config));
        Assert.Equal(BuiltIn.File($"{preset}/gitlab/config.toml").Content, config);
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Rbac_is_a_role_with_no_more_than_the_kubernetes_executor_uses(string preset)
    {
        var values = Parsed.Yaml(BuiltIn.File($"{preset}/gitlab/helm-values.yaml").Content);
        var rbac = (Dictionary<object, object>)values["rbac"];

        Assert.Equal("true", rbac["create"]);
        Assert.Equal("false", rbac["clusterWideAccess"]);
        var rules = ((List<object>)rbac["rules"]).Cast<Dictionary<object, object>>().ToList();
        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            // An empty list means "*" to the chart: every rule names its group, resources and verbs.
            Assert.Equal([string.Empty], ((List<object>)rule["apiGroups"]).Cast<string>());
            var verbs = ((List<object>)rule["verbs"]).Cast<string>().ToList();
            Assert.NotEmpty(verbs);
            foreach (var resource in ((List<object>)rule["resources"]).Cast<string>())
            {
                Assert.True(Allowed.TryGetValue(resource, out var allowed), $"{resource} is not something the executor needs");
                Assert.Subset(allowed.ToHashSet(), verbs.ToHashSet());
            }
        }

        Assert.Contains(rules, r => ((List<object>)r["resources"]).Contains("pods/attach"));
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void The_token_comes_from_the_secret_that_runner_tf_writes_and_never_from_the_file(string preset)
    {
        var content = BuiltIn.File($"{preset}/gitlab/helm-values.yaml").Content;
        var values = Parsed.Yaml(content);
        var runners = (Dictionary<object, object>)values["runners"];
        var tf = BuiltIn.File($"{preset}/gitlab/runner.tf").Content;

        Assert.Equal(HclStrings.ValueOf(tf, "name"), runners["secret"]);
        Assert.False(values.ContainsKey("runnerToken"));
        Assert.False(values.ContainsKey("runnerRegistrationToken"));
        Assert.DoesNotContain("glrt-", content, StringComparison.Ordinal);
        Assert.Equal("https://gitlab.com", values["gitlabUrl"]);
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void It_says_which_chart_version_it_is_written_for_and_repeats_the_global_settings(string preset)
    {
        var content = BuiltIn.File($"{preset}/gitlab/helm-values.yaml").Content;
        var values = Parsed.Yaml(content);
        var config = Parsed.Toml(BuiltIn.File($"{preset}/gitlab/config.toml").Content);

        Assert.Contains($"gitlab-runner Helm chart {HelmCharts.GitlabRunnerVersion} ", content, StringComparison.Ordinal);
        Assert.Contains($"--version {HelmCharts.GitlabRunnerVersion} ", content, StringComparison.Ordinal);
        Assert.Equal(config["concurrent"].ToString(), values["concurrent"]);
        Assert.Equal(config["check_interval"].ToString(), values["checkInterval"]);
        Assert.Equal(config["shutdown_timeout"].ToString(), values["shutdown_timeout"]);
        Assert.Equal(config["log_level"], values["logLevel"]);
    }

    [Fact]
    public void Template_text_in_a_preset_value_cannot_start_a_helm_action()
    {
        var (_, files) = ThreatModelTests.RenderWithFiles("untrusted", "kaniko", "kubernetes", "gitlab", [], "runner:\n  name: \"{{ .Values.runnerToken }}{{{{ x\"\n");
        var config = files.Single(f => f.Path.EndsWith("config.toml", StringComparison.Ordinal)).Content;
        var values = Parsed.Yaml(files.Single(f => f.Path.EndsWith("helm-values.yaml", StringComparison.Ordinal)).Content);
        var embedded = (string)((Dictionary<object, object>)values["runners"])["config"];

        Assert.Contains("{{ .Values.runnerToken }}", config, StringComparison.Ordinal);
        Assert.DoesNotContain("{{ .Values", embedded, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", embedded.Replace(HelmTemplateEmitter.EscapedOpen, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(config, HelmTemplateEmitter.Evaluate(embedded));
    }

    [Fact]
    public void Docker_and_github_only_presets_get_no_helm_values()
    {
        Assert.DoesNotContain(ThreatModelTests.RenderWithFiles("untrusted", "kaniko", "docker", "gitlab", []).Files, f => f.Output.Id == "gitlab-helm-values");
        Assert.DoesNotContain(ThreatModelTests.RenderWithFiles("untrusted", "kaniko", "kubernetes", "github", []).Files, f => f.Output.Id is "gitlab-helm-values" or "gitlab-runner-tf");
    }
}
