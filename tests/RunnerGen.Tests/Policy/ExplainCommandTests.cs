using System.Text.Json;
using RunnerGen.Cli;
using RunnerGen.Model;
using RunnerGen.Policy;
using RunnerGen.Rendering;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Policy;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Explain_shows_requirements_pod_levels_findings_and_the_verdict()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();

        var run = CliRun.In(dir.Path, "explain", "internal-buildah");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Trust       internal", run.Out, StringComparison.Ordinal);
        Assert.Contains("Requires    unconfined", run.Out, StringComparison.Ordinal);
        Assert.Contains("Accepts     unconfined", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"Pod internal-buildah-build\s+privileged\s+generated/internal-buildah/kubernetes/build-pod\.yaml\(\d+,\d+\)", run.Out);
        Assert.Matches(@"ARC runner pod\s+restricted", run.Out);
        Assert.Matches(@"medium\s+RG1004 unconfined-profile\s+accepted", run.Out);
        Assert.Contains("Verdict     allowed", run.Out, StringComparison.Ordinal);
        Assert.Contains("Safer       strategies without these risks: kaniko.", run.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "generated")));
    }

    [Theory]
    [InlineData("untrusted", "", "exceeds", "refused")]
    [InlineData("internal", "acceptRisks: [host-socket]\n", "accepted", "allowed")]
    public void Explain_names_the_host_socket_of_a_GitHub_Docker_host(string trust, string accept, string status, string verdict)
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", $"trust: {trust}\nstrategy: kaniko\nexecutor: docker\nplatforms: [github]\n{accept}image:\n  destination: registry.example.com/team/web\n");

        var run = CliRun.In(dir.Path, "explain", "web");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Requires    host-socket", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("no host socket", run.Out, StringComparison.Ordinal);
        Assert.Matches($@"high\s+RG1016 runner-host-socket\s+{status}", run.Out);
        Assert.Contains($"Verdict     {verdict}", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_json_is_machine_readable()
    {
        using var dir = new TempDir();
        dir.Write("presets/team.yaml", "trust: internal\nstrategy: dind\nimage:\n  destination: registry.example.com/team/app\n");

        var run = CliRun.In(dir.Path, "explain", "team", "--format", "json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("refused", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(["privileged"], json.RootElement.GetProperty("requires").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "RG1001" && f.GetProperty("status").GetString() == "exceeds");
        Assert.Equal(["kaniko"], json.RootElement.GetProperty("alternatives").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Every_rendered_pod_meets_the_level_its_namespace_enforces()
    {
        foreach (var verdict in BuiltIn.Result.Verdicts)
        {
            var enforce = RenderModel.PodSecurityEnforce(verdict.Preset, StrategyCatalog.Current.Get(verdict.Preset.Strategy));
            var level = Enum.Parse<PodSecurityLevel>(enforce, ignoreCase: true);
            Assert.All(verdict.Pods, pod => Assert.True(pod.Result.Meets(level), $"{pod.Name} in {verdict.Preset.Name} does not meet {enforce}"));
        }
    }

    [Fact]
    public void Explain_says_where_the_signature_is_made_and_which_builders_use_the_mirror()
    {
        using var dir = new TempDir();
        dir.CopyBuiltInPresets();

        var run = CliRun.In(dir.Path, "explain", "trusted-buildkit-signed");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"high\s+RG1053 signing-identity\s+allowed\s+generated/trusted-buildkit-signed/gitlab/\.gitlab-ci\.yml", run.Out);
        Assert.Matches(@"high\s+RG1053 signing-identity\s+allowed\s+generated/trusted-buildkit-signed/github/build-image\.yml", run.Out);
        Assert.Contains("Signing     keyless: the job that pushed the image signs DESTINATION@DIGEST", run.Out, StringComparison.Ordinal);
        Assert.Contains("--certificate-oidc-issuer https://token.actions.githubusercontent.com", run.Out, StringComparison.Ordinal);
        Assert.Contains("Mirror      https://mirror.example.com: Docker Hub pulls go through it", run.Out, StringComparison.Ordinal);
        Assert.Contains("the standalone build pod and the ARC buildkitd sidecar write the same buildkitd.toml", run.Out, StringComparison.Ordinal);

        var json = JsonDocument.Parse(CliRun.In(dir.Path, "explain", "trusted-buildkit-signed", "--format", "json").Out).RootElement;
        Assert.Equal(4, json.GetProperty("signing").GetArrayLength());
        Assert.Equal(3, json.GetProperty("mirror").GetArrayLength());
    }

    [Theory]
    [InlineData("dind", "docker", "a job's services: take no daemon arguments")]
    [InlineData("socket", "kubernetes", "/etc/docker/daemon.json on every runner host")]
    [InlineData("kaniko", "kubernetes", "kaniko: --registry-mirror with the mirror's host, in the GitLab and GitHub jobs and the build pod.")]
    public void Explain_names_what_cannot_use_the_mirror(string strategy, string executor, string expected)
    {
        using var dir = new TempDir();
        dir.Write("presets/web.yaml", $"trust: trusted\nstrategy: {strategy}\nexecutor: {executor}\nimage:\n  destination: registry.example.com/team/web\nbuilderImages:\n  mirror: https://mirror.example.com\n");

        var run = CliRun.In(dir.Path, "explain", "web");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(expected, run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Signing ", run.Out, StringComparison.Ordinal);
    }
}
