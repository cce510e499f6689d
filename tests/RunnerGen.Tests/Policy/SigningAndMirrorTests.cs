using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Policy;
using RunnerGen.Presets;
using RunnerGen.Tests.Support;
using RunnerGen.Yaml;

namespace RunnerGen.Tests.Policy;

/// <summary>
/// <c>image.sign: keyless</c> (a signing identity for trusted jobs only, the pushed digest signed in the job that built
/// it) and <c>builderImages.mirror</c> (a Docker Hub mirror for every daemon and builder runnergen configures).
/// </summary>
public sealed class SigningAndMirrorTests
{
    private const string Sign = "  sign: keyless\n";
    private const string Mirror = "builderImages:\n  mirror: https://mirror.example.com:5000\n";

    [Theory]
    [InlineData("untrusted", "kaniko")]
    [InlineData("internal", "buildkit")]
    public void Keyless_signing_below_trusted_is_refused_with_RG0260(string trust, string strategy)
    {
        var accept = trust == "internal" ? "acceptRisks: [unconfined]\n" : string.Empty;
        var set = Load($"trust: {trust}\nstrategy: {strategy}\n{accept}image:\n  destination: registry.example.com/team/app\n{Sign}");

        var error = Assert.Single(set.Diagnostics.Sorted(), d => d.Id == DiagnosticIds.SigningNeedsTrusted);
        Assert.Equal(new SourceLocation("presets/p.yaml", 6 - (accept.Length == 0 ? 1 : 0), 9), error.Location);
        Assert.Contains("sign any image as this project", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keyless_signing_with_Kaniko_is_refused_with_RG0261_naming_the_builders_that_sign()
    {
        var set = Load($"trust: trusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/app\n{Sign}");

        var error = Assert.Single(set.Diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.SigningUnsupported, error.Id);
        Assert.Contains("buildkit or buildah", error.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://mirror.example.com")]
    [InlineData("https://mirror.example.com/v2")]
    [InlineData("mirror.example.com")]
    [InlineData("https://user:secret@mirror.example.com")]
    [InlineData("https://mirror.example.com\"]")]
    [InlineData("https://mirror.example.com --insecure")]
    [InlineData("https://")]
    public void A_mirror_that_is_not_an_https_host_is_refused(string mirror)
    {
        var set = Load($"trust: trusted\nstrategy: buildkit\nimage:\n  destination: registry.example.com/team/app\nbuilderImages:\n  mirror: '{mirror.Replace("'", "''", StringComparison.Ordinal)}'\n");

        var error = Assert.Single(set.Diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.InvalidValue, error.Id);
        Assert.Equal(6, error.Location.Line);
    }

    [Theory]
    [InlineData("buildkit", "kubernetes")]
    [InlineData("buildkit", "docker")]
    [InlineData("buildah", "kubernetes")]
    [InlineData("dind", "docker")]
    [InlineData("dind-rootless", "kubernetes")]
    [InlineData("socket", "docker")]
    public void A_trusted_preset_signs_the_pushed_digest_with_an_identity_only_its_build_job_gets(string strategy, string executor)
    {
        var (gitlabVerdict, gitlab) = ThreatModelTests.RenderWithFiles("trusted", strategy, executor, "gitlab", [], Sign);
        var ci = Parsed.Yaml(gitlab.Single(f => f.Path.EndsWith(".gitlab-ci.yml", StringComparison.Ordinal)).Content);
        var job = (Dictionary<object, object>)ci["build-image"];
        var token = (Dictionary<object, object>)((Dictionary<object, object>)job["id_tokens"])["SIGSTORE_ID_TOKEN"];
        Assert.Equal("sigstore", token["aud"]);
        Assert.False(((Dictionary<object, object>)ci[".runnergen-image"]).ContainsKey("id_tokens"));
        var script = string.Join("\n", ((List<object>)job["script"]).Cast<string>());
        Assert.Contains("IMAGE_DIGEST=", script, StringComparison.Ordinal);
        Assert.EndsWith("\"$COSIGN\" sign --yes \"$IMAGE_DESTINATION@$IMAGE_DIGEST\"\n", script, StringComparison.Ordinal);
        Assert.Contains("sha256sum", script, StringComparison.Ordinal);
        Assert.False(gitlabVerdict.Refused);
        Assert.Contains(gitlabVerdict.Findings, f => f.Rule == ThreatRules.SigningIdentity && f.Rule.Status(TrustLevel.Trusted, []) == FindingStatus.Allowed);

        var (githubVerdict, github) = ThreatModelTests.RenderWithFiles("trusted", strategy, executor, "github", [], Sign);
        var workflow = Parsed.Yaml(github.Single(f => f.Path.EndsWith("build-image.yml", StringComparison.Ordinal)).Content);
        Assert.Empty((Dictionary<object, object>)workflow["permissions"]);
        var build = (Dictionary<object, object>)((Dictionary<object, object>)workflow["jobs"])["build"];
        Assert.Equal("write", ((Dictionary<object, object>)build["permissions"])["id-token"]);
        Assert.Equal("github.event_name != 'workflow_dispatch' || github.ref_protected", build["if"]);
        Assert.Equal("registry", build["environment"]);
        var steps = ((List<object>)build["steps"]).Cast<Dictionary<object, object>>().ToList();
        var buildStep = Assert.Single(steps, s => s.TryGetValue("id", out var id) && (string)id == "build");
        var signStep = steps[^1];
        Assert.True(steps.IndexOf(buildStep) < steps.IndexOf(signStep));
        Assert.Equal("${{ steps.build.outputs.digest }}", ((Dictionary<object, object>)signStep["env"])["IMAGE_DIGEST"]);
        Assert.Contains("sign --yes \"$IMAGE_DESTINATION@$IMAGE_DIGEST\"", (string)signStep["run"], StringComparison.Ordinal);
        Assert.False(githubVerdict.Refused);
        Assert.DoesNotContain(githubVerdict.Findings, f => f.Rule.Id == "RG1011");
    }

    [Fact]
    public void Without_image_sign_no_job_gets_a_signing_identity()
    {
        var (verdict, files) = ThreatModelTests.RenderWithFiles("trusted", "buildkit", "kubernetes", "gitlab", []);
        Assert.DoesNotContain(verdict.Findings, f => f.Rule == ThreatRules.SigningIdentity);
        Assert.DoesNotContain(files, f => f.Content.Contains("cosign", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("trusted", FindingStatus.Allowed)]
    [InlineData("internal", FindingStatus.Exceeds)]
    [InlineData("untrusted", FindingStatus.Exceeds)]
    public void A_signing_identity_in_a_file_is_RG1053_and_allowed_only_at_trusted(string trust, FindingStatus expected)
    {
        var gitlab = Findings("build:\n  id_tokens:\n    SIGSTORE_ID_TOKEN:\n      aud: sigstore\n  script: [cosign sign --yes x]\n", GitlabCiRules.Check);
        var github = Findings("on: push\npermissions: {}\njobs:\n  b:\n    runs-on: ubuntu-latest\n    permissions:\n      id-token: write\n    steps:\n      - run: cosign sign --yes x\n", RunnerExposureRules.Check);
        var level = EnumIds.Parse<TrustLevel>(trust)!.Value;

        foreach (var finding in new[] { Assert.Single(gitlab), Assert.Single(github) })
        {
            Assert.Equal("RG1053", finding.Rule.Id);
            Assert.Equal(expected, finding.Rule.Status(level, []));
        }

        Assert.Equal(2, Assert.Single(gitlab).Location.Line);
        Assert.Equal(7, Assert.Single(github).Location.Line);
    }

    [Theory]
    [InlineData("dind", "kubernetes", "--registry-mirror=https://mirror.example.com:5000")]
    [InlineData("dind-rootless", "docker", "--registry-mirror=https://mirror.example.com:5000")]
    [InlineData("kaniko", "kubernetes", "--registry-mirror")]
    [InlineData("buildkit", "docker", "mirrors = [\\\"mirror.example.com:5000\\\"]")]
    [InlineData("buildah", "kubernetes", "[[registry.mirror]]\\nlocation = \\\"mirror.example.com:5000\\\"")]
    public void The_mirror_reaches_the_GitLab_daemon_or_builder(string strategy, string executor, string expected)
    {
        var yaml = $"trust: trusted\nstrategy: {strategy}\nexecutor: {executor}\nplatforms: [gitlab]\nimage:\n  destination: registry.example.com/team/app\n{Mirror}";
        var files = Render(yaml);
        var ci = files.Single(f => f.Path.EndsWith(".gitlab-ci.yml", StringComparison.Ordinal)).Content;
        Assert.Contains(expected, ci, StringComparison.Ordinal);
        Assert.Contains("mirror.example.com:5000", ((Dictionary<object, object>)((Dictionary<object, object>)Parsed.Yaml(ci)[".runnergen-image"])["variables"]).Values.OfType<Dictionary<object, object>>().Select(v => v["value"]));
    }

    [Fact]
    public void The_buildah_build_pod_writes_the_mirror_drop_in_from_its_environment()
    {
        var files = Render($"trust: trusted\nstrategy: buildah\nexecutor: kubernetes\nplatforms: [gitlab]\nimage:\n  destination: registry.example.com/team/app\n{Mirror}");
        var container = Parsed.Pod(files.Single(f => f.Path.EndsWith("build-pod.yaml", StringComparison.Ordinal)).Content).Spec.Containers.Single();
        var conf = Parsed.Toml(container.Env.Single(e => e.Name == "REGISTRIES_MIRROR_CONF").Value);
        var registry = (Tomlyn.Model.TomlTable)((Tomlyn.Model.TomlTableArray)conf["registry"])[0];
        Assert.Equal("docker.io", registry["prefix"]);
        Assert.Equal("mirror.example.com:5000", ((Tomlyn.Model.TomlTable)((Tomlyn.Model.TomlTableArray)registry["mirror"])[0])["location"]);
        Assert.Contains("> \"$HOME/.config/containers/registries.conf.d/50-runnergen-mirror.conf\"", container.Args.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_mirror_reaches_the_dind_sidecars_of_the_build_pod_and_the_scale_set()
    {
        var files = Render($"trust: trusted\nstrategy: dind\nexecutor: kubernetes\nimage:\n  destination: registry.example.com/team/app\n{Mirror}");
        var pod = Parsed.Pod(files.Single(f => f.Path.EndsWith("build-pod.yaml", StringComparison.Ordinal)).Content);
        Assert.Equal(["--registry-mirror=https://mirror.example.com:5000"], pod.Spec.InitContainers.Single(c => c.Name == "dind").Args);
        var values = files.Single(f => f.Path.EndsWith("arc-values.yaml", StringComparison.Ordinal)).Content;
        Assert.Contains("- \"--registry-mirror=https://mirror.example.com:5000\"", values, StringComparison.Ordinal);
    }

    [Fact]
    public void The_buildkit_build_pod_and_scale_set_sidecar_write_buildkitd_toml_with_the_mirror_before_they_start()
    {
        var files = Render($"trust: trusted\nstrategy: buildkit\nexecutor: kubernetes\nimage:\n  destination: registry.example.com/team/app\n{Mirror}");
        var build = Parsed.Pod(files.Single(f => f.Path.EndsWith("build-pod.yaml", StringComparison.Ordinal)).Content).Spec.Containers.Single(c => c.Name == "buildkit");
        var sidecar = Parsed.ArcTemplate(files.Single(f => f.Path.EndsWith("arc-values.yaml", StringComparison.Ordinal)).Content).Spec.InitContainers.Single(c => c.Name == "buildkitd");
        foreach (var container in new[] { build, sidecar })
        {
            var toml = Parsed.Toml(container.Env.Single(e => e.Name == "BUILDKITD_TOML").Value);
            var mirrors = (Tomlyn.Model.TomlArray)((Tomlyn.Model.TomlTable)((Tomlyn.Model.TomlTable)toml["registry"])["docker.io"])["mirrors"];
            Assert.Equal(["mirror.example.com:5000"], mirrors.Cast<string>());
            Assert.Equal("sh", container.Command[0]);
            Assert.Contains("printf '%s' \"$BUILDKITD_TOML\" > \"$HOME/.config/buildkit/buildkitd.toml\"", container.Command[2], StringComparison.Ordinal);
        }

        Assert.Contains("exec buildctl-daemonless.sh \"$@\"", build.Command[2], StringComparison.Ordinal);
        Assert.Contains("exec rootlesskit buildkitd \"$@\"", sidecar.Command[2], StringComparison.Ordinal);
        Assert.Contains("--oci-worker-no-process-sandbox", sidecar.Args);
    }

    [Fact]
    public void Without_a_mirror_the_buildkit_containers_start_as_the_image_says()
    {
        var files = Render("trust: trusted\nstrategy: buildkit\nexecutor: kubernetes\nimage:\n  destination: registry.example.com/team/app\n");
        var build = Parsed.Pod(files.Single(f => f.Path.EndsWith("build-pod.yaml", StringComparison.Ordinal)).Content).Spec.Containers.Single(c => c.Name == "buildkit");
        var sidecar = Parsed.ArcTemplate(files.Single(f => f.Path.EndsWith("arc-values.yaml", StringComparison.Ordinal)).Content).Spec.InitContainers.Single(c => c.Name == "buildkitd");

        Assert.Equal(["buildctl-daemonless.sh"], build.Command);
        Assert.Null(sidecar.Command);
        Assert.DoesNotContain(build.Env, e => e.Name == "BUILDKITD_TOML");
    }

    private static PresetSet Load(string yaml) => PresetLoader.Load([(yaml, "presets/p.yaml", "presets/p.yaml")]);

    private static IReadOnlyList<RunnerGen.Rendering.RenderedFile> Render(string yaml)
    {
        var set = Load(yaml);
        Assert.False(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Sorted()));
        var result = new RunnerGen.Generation.Generator(new RunnerGen.Rendering.TemplateStore()).Render(set, []);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
        Assert.Empty(result.Refusals);
        foreach (var file in result.Files)
        {
            Parsed.Back(file);
        }

        return result.Files;
    }

    private static List<Finding> Findings(string yaml, Action<YMapping, List<Finding>> check)
    {
        var findings = new List<Finding>();
        check((YMapping)YamlDocumentLoader.Load(yaml, "f.yml", new DiagnosticBag())!, findings);
        return [.. findings.Where(f => f.Rule.Id is "RG1053" or "RG1017")];
    }
}
