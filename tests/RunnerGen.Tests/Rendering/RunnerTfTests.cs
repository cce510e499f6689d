using RunnerGen.Diagnostics;
using RunnerGen.Formats;
using RunnerGen.Presets;
using RunnerGen.Tests.Policy;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Rendering;

/// <summary>gitlab/runner.tf: the runner in GitLab (gitlab_user_runner) and the hand-over of its token.</summary>
public sealed class RunnerTfTests
{
    [Theory]
    [InlineData("trusted", "dind", "ref_protected")]
    [InlineData("internal", "kaniko", "not_protected")]
    [InlineData("untrusted", "kaniko", "not_protected")]
    public void Trusted_runners_are_protected_and_every_runner_takes_tagged_jobs_only(string trust, string strategy, string accessLevel)
    {
        var tf = RunnerTf(trust, strategy, "kubernetes", "runner:\n  tags: [build, \"${var.x}\"]\n");

        Assert.Contains($"  access_level    = \"{accessLevel}\"\n", tf, StringComparison.Ordinal);
        Assert.Contains("  untagged        = false\n", tf, StringComparison.Ordinal);
        Assert.Contains("  locked          = true\n", tf, StringComparison.Ordinal);
        Assert.Contains("  maximum_timeout = 3600\n", tf, StringComparison.Ordinal);
        Assert.Equal(["build", "${var.x}"], HclStrings.ListOf(tf, "tag_list"));
        Assert.Equal("p", HclStrings.ValueOf(tf, "description", "resource \"gitlab_user_runner\""));
    }

    [Theory]
    [InlineData("", "project_type", "project_id      = var.gitlab_project_id", "variable \"gitlab_project_id\"")]
    [InlineData("gitlab:\n  projectId: 42\n", "project_type", "project_id      = 42", null)]
    [InlineData("gitlab:\n  runnerType: group\n", "group_type", "group_id        = var.gitlab_group_id", "variable \"gitlab_group_id\"")]
    [InlineData("gitlab:\n  runnerType: group\n  groupId: 7\n", "group_type", "group_id        = 7", null)]
    [InlineData("gitlab:\n  runnerType: instance\n  maximumTimeout: 7200\n", "instance_type", "maximum_timeout = 7200", null)]
    public void The_runner_type_and_its_group_or_project_come_from_the_preset(string extra, string runnerType, string line, string? variable)
    {
        var tf = RunnerTf("untrusted", "kaniko", "kubernetes", extra);

        Assert.Equal(runnerType, HclStrings.ValueOf(tf, "runner_type"));
        Assert.Contains(line, tf, StringComparison.Ordinal);
        Assert.Equal(variable is not null, tf.Contains("variable \"", StringComparison.Ordinal));
        if (variable is not null)
        {
            Assert.Contains(variable, tf, StringComparison.Ordinal);
        }

        Assert.Equal(runnerType == "instance_type", !tf.Contains("group_id", StringComparison.Ordinal) && !tf.Contains("project_id", StringComparison.Ordinal));
    }

    [Fact]
    public void Kubernetes_runners_get_the_secret_the_chart_mounts()
    {
        var tf = RunnerTf("untrusted", "kaniko", "kubernetes", "gitlab:\n  tokenSecret: my-token\nrunner:\n  namespace: ci-x\n");

        Assert.Contains("resource \"kubernetes_secret\" \"runner_token\" {", tf, StringComparison.Ordinal);
        Assert.Equal("my-token", HclStrings.ValueOf(tf, "name"));
        Assert.Equal("ci-x", HclStrings.ValueOf(tf, "namespace"));
        Assert.Contains("\"runner-token\"              = gitlab_user_runner.runner.token", tf, StringComparison.Ordinal);
        Assert.Contains("\"runner-registration-token\" = \"\"", tf, StringComparison.Ordinal);
        Assert.DoesNotContain("output \"", tf, StringComparison.Ordinal);
    }

    [Fact]
    public void Docker_runners_get_a_sensitive_output_for_the_variable_config_toml_reads()
    {
        var tf = RunnerTf("untrusted", "kaniko", "docker", "runner:\n  tokenVariable: GL_TOKEN\n");

        Assert.Contains("output \"runner_token\" {", tf, StringComparison.Ordinal);
        Assert.Contains("  sensitive   = true\n", tf, StringComparison.Ordinal);
        Assert.Contains("GL_TOKEN=\"$(terraform output -raw runner_token)\"", tf, StringComparison.Ordinal);
        Assert.DoesNotContain("kubernetes", tf, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_descriptions_are_written_as_literal_hcl_strings()
    {
        const string description = "a \"quoted\" \\ ${var.token} %{ if x } $${ } # // /*";
        var tf = RunnerTf("untrusted", "kaniko", "kubernetes", $"gitlab:\n  description: {YamlEmitter.String(description)}\n");

        Assert.Null(HclSyntax.Read(tf).Problem);
        Assert.Equal(description, HclStrings.ValueOf(tf, "description", "resource \"gitlab_user_runner\""));
    }

    [Theory]
    [InlineData("gitlab:\n  groupId: 3\n", "gitlab.groupId")]
    [InlineData("gitlab:\n  runnerType: group\n  projectId: 3\n", "gitlab.projectId")]
    [InlineData("gitlab:\n  runnerType: instance\n  groupId: 3\n", "gitlab.groupId")]
    public void An_id_that_does_not_fit_the_runner_type_is_an_error_at_its_line(string extra, string key)
    {
        var text = $"trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/app\n{extra}";

        var set = PresetLoader.Load([(text, "presets/p.yaml", "presets/p.yaml")]);

        var error = Assert.Single(set.Diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.GitlabRunnerScope, error.Id);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains(key.Split('.')[1], StringComparison.Ordinal)) + 1, error.Location.Line);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private static string RunnerTf(string trust, string strategy, string executor, string extra)
    {
        var accepts = trust == "internal" && strategy != "kaniko" ? new[] { "privileged" } : [];
        return ThreatModelTests.RenderWithFiles(trust, strategy, executor, "gitlab", accepts, extra).Files.Single(f => f.Output.Id == "gitlab-runner-tf").Content;
    }
}
