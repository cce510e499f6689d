using CsCheck;
using RunnerGen.Diagnostics;
using RunnerGen.Formats;
using RunnerGen.Generation;
using RunnerGen.Model;
using RunnerGen.Presets;
using RunnerGen.Rendering;
using RunnerGen.Tests.Support;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace RunnerGen.Tests.Properties;

/// <summary>
/// Hostile strings in every free-text field of a preset: every output still parses, every value reads back exactly
/// as given, and no key, job, step, container or script appears that the preset did not ask for.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly string[] Fragments =
    [
        "\"", "'", "\\", "#", "# x", ":", ": ", "- ", "-", "{{", "}}", "{{ x }}", "${{", "${{ secrets.X }}", "${{ '${{' }}", "$(", ")",
        "$(id)", "`", "`id`", "${X}", "$HOME", "*", "!", "&a", "*a", "%", "@", "|", ">", "[", "]", "{", "}", ",", "=", ";", "&&",
        "ü", "✓", "日本", "🚀", " ", "  ", "a", "x", "0", "true", "null", "~", "---", "...", "\t", "\n", "\r", "\u0085", "\u2028", "\u0000",
        "key = \"v\"", "[[runners]]", "\n[runners.docker]\nprivileged = true", "\n  privileged: true", "\njobs:\n  evil:", "\n- name: evil",
    ];

    private static readonly string[] OneLineFragments = [.. Fragments.Where(f => !f.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'))];

    // Mostly values that pass validation (so they are rendered and read back), sometimes ones that must be refused.
    private static readonly Gen<string> Hostile =
        Gen.Frequency(
            (40, Gen.OneOfConst(OneLineFragments).Array[1, 12].Select(parts => string.Concat(parts))),
            (2, Gen.OneOfConst(OneLineFragments).Select(f => string.Concat(Enumerable.Repeat(f + "x", 100)))),
            (2, Gen.OneOfConst(Fragments).Array[1, 12].Select(parts => string.Concat(parts))),
            (1, Gen.String));

    private sealed record Values(string Context, string Dockerfile, string RunnerName, string Tag1, string Tag2, string Image1, string Image2, string RunnerGroup, string Executor);

    private static readonly Gen<Values> Presets =
        Gen.Select(Hostile, Hostile, Hostile, Hostile, Hostile, Hostile, Hostile, Gen.Select(Hostile, Gen.OneOfConst("kubernetes", "docker")))
            .Select((a, b, c, d, e, f, g, h) => new Values(a, b, c, d, e, f, g, h.Item1, h.Item2));

    [Fact]
    public void Hostile_values_are_rejected_precisely_or_written_so_that_they_mean_exactly_themselves()
    {
        var rendered = 0;
        Presets.Sample(values =>
        {
            var set = Load(values);
            if (set.Diagnostics.HasErrors)
            {
                // Only a value that cannot be written safely on one line, or is too long or empty, may be refused.
                Assert.All(set.Diagnostics.Sorted(), d => Assert.Equal(DiagnosticIds.InvalidValue, d.Id));
                Assert.True(All(values).Any(v => v.Length == 0 || v.Length > 1024 || v.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029') || HasDuplicateTags(values)), string.Join("\n", set.Diagnostics.Sorted()));
                return;
            }

            var result = new Generator(new TemplateStore()).Render(set, []);
            Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
            var benign = Benign(values.Executor);
            Assert.Equal(benign.Files.Select(f => f.Path), result.Files.Select(f => f.Path));
            foreach (var (file, reference) in result.Files.Zip(benign.Files))
            {
                Assert.Equal(Shape(reference), Shape(file));
                Assert.Equal(Scripts(reference), Scripts(file));
            }

            ReadsBack(values, result);
            Interlocked.Increment(ref rendered);
        }, iter: 300);

        // The property says nothing if every sample is refused by validation.
        Assert.True(rendered >= 60, $"only {rendered} of 300 samples got past validation");
    }

    // Distributed cache and ARC 0.14 (issue 14): scaleSetLabels is the one free-text key among them; the cache keys
    // and storageClassName have patterns, so a hostile value there can only be refused.
    [Fact]
    public void Hostile_scale_set_labels_are_rejected_precisely_or_read_back_exactly()
    {
        static PresetSet Labels(string a, string b) => PresetLoader.Load([(
            $"trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/app\nrunner:\n  cache: {{type: s3, bucket: ci-cache}}\ngithub:\n  scaleSetLabels: {YamlEmitter.Array([a, b])}\n",
            "presets/p.yaml", "presets/p.yaml")]);
        static RenderedFile Values(GenerationResult result) => result.Files.Single(f => f.Output.Id == "arc-values");

        var benign = new Generator(new TemplateStore()).Render(Labels("l1", "l2"), []);
        var rendered = 0;
        Gen.Select(Hostile, Hostile).Sample((a, b) =>
        {
            var set = Labels(a, b);
            if (set.Diagnostics.HasErrors)
            {
                Assert.All(set.Diagnostics.Sorted(), d => Assert.Equal(DiagnosticIds.InvalidValue, d.Id));
                Assert.True(new[] { a, b }.Any(v => v.Length == 0 || v.Length > 255 || v.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029')), string.Join("\n", set.Diagnostics.Sorted()));
                return;
            }

            var result = new Generator(new TemplateStore()).Render(set, []);
            Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
            foreach (var (file, reference) in result.Files.Zip(benign.Files))
            {
                Assert.Equal(Shape(reference), Shape(file));
                Assert.Equal(Scripts(reference), Scripts(file));
            }

            Assert.Equal([a, b], ((List<object>)Parsed.Yaml(Values(result).Content)["scaleSetLabels"]).Cast<string>());
            Interlocked.Increment(ref rendered);
        }, iter: 200);

        Assert.True(rendered >= 40, $"only {rendered} of 200 samples got past validation");
    }

    private static void ReadsBack(Values v, GenerationResult result)
    {
        RenderedFile F(string id) => result.Files.Single(f => f.Output.Id == id);

        var runner = (TomlTable)((TomlTableArray)Parsed.Toml(F("gitlab-config").Content)["runners"])[0];
        Assert.Equal(v.RunnerName, runner["name"]);
        var executor = (TomlTable)runner[v.Executor];
        Assert.Equal([v.Image1, v.Image2], ((TomlArray)executor["allowed_images"]).Cast<string>());

        var ci = Parsed.Yaml(F("gitlab-ci").Content);
        var variables = (Dictionary<object, object>)((Dictionary<object, object>)ci[".runnergen-image"])["variables"];
        Assert.Equal(v.Context, ((Dictionary<object, object>)variables["IMAGE_CONTEXT"])["value"]);
        Assert.Equal(v.Dockerfile, ((Dictionary<object, object>)variables["IMAGE_DOCKERFILE"])["value"]);
        Assert.Equal([v.Tag1, v.Tag2], ((List<object>)((Dictionary<object, object>)ci["build-image"])["tags"]).Cast<string>());

        var workflow = Parsed.Yaml(F("github-workflow").Content);
        var job = (Dictionary<object, object>)((Dictionary<object, object>)workflow["jobs"])["build"];
        var env = (Dictionary<object, object>)job["env"];
        Assert.Equal(v.Context, GithubExpressionEmitter.Evaluate((string)env["IMAGE_CONTEXT"]));
        Assert.Equal(v.Dockerfile, GithubExpressionEmitter.Evaluate((string)env["IMAGE_DOCKERFILE"]));
        if (v.Executor == "docker")
        {
            Assert.Equal(["self-hosted", "linux", v.Tag1, v.Tag2], ((List<object>)job["runs-on"]).Cast<string>().Select(GithubExpressionEmitter.Evaluate));
        }
        else
        {
            Assert.Equal(v.RunnerGroup, Parsed.Yaml(F("arc-values").Content)["runnerGroup"]);
            var args = Parsed.Pod(F("build-pod").Content).Spec.Containers[0].Args;
            Assert.Contains("--context=dir:///workspace/" + v.Context, args);
            Assert.Contains("--dockerfile=/workspace/" + v.Dockerfile, args);
        }

        // The runner in GitLab (runner.tf) gets the tags; the Helm values carry config.toml as it is.
        Assert.Equal([v.Tag1, v.Tag2], HclStrings.ListOf(F("gitlab-runner-tf").Content, "tag_list"));
        if (v.Executor == "kubernetes")
        {
            var helm = (Dictionary<object, object>)Parsed.Yaml(F("gitlab-helm-values").Content)["runners"];
            Assert.Equal(F("gitlab-config").Content, HelmTemplateEmitter.Evaluate((string)helm["config"]));
        }

        // Only GitHub evaluates ${{ }}: the workflow must hold no expression but the template's own.
        foreach (var expression in ExpressionsOf(F("github-workflow").Content))
        {
            Assert.Contains(expression, AllowedExpressions);
        }
    }

    // Every ${{ }} a workflow may contain: the template's own, and the escape for a literal "${{".
    private static readonly HashSet<string> AllowedExpressions =
    [
        "${{ github.workflow }}", "${{ github.ref }}", "${{ github.sha }}", "${{ github.actor }}", "${{ github.server_url }}", "${{ github.repository }}",
        "${{ secrets.GITHUB_TOKEN }}", "${{ secrets.REGISTRY_USERNAME }}", "${{ secrets.REGISTRY_PASSWORD }}", "${{ env.IMAGE_REGISTRY }}",
        "${{ env.IMAGE_CONTEXT }}", "${{ env.IMAGE_DOCKERFILE }}", "${{ env.IMAGE_DESTINATION }}", "${{ env.IMAGE_CACHE_REPO }}", "${{ '${{' }}",
    ];

    private static IEnumerable<string> ExpressionsOf(string text)
    {
        for (var start = text.IndexOf("${{", StringComparison.Ordinal); start >= 0; start = text.IndexOf("${{", start + 3, StringComparison.Ordinal))
        {
            var escape = "${{ '${{' }}";
            if (string.CompareOrdinal(text, start, escape, 0, escape.Length) == 0)
            {
                yield return escape;
                start += escape.Length - 3;
                continue;
            }

            var end = text.IndexOf("}}", start, StringComparison.Ordinal);
            yield return end < 0 ? text[start..] : text[start..(end + 2)];
        }
    }

    // runner.runtimeClass (with runner.isolation): a hostile name is refused with RG0006, or it is a DNS-1123 subdomain and
    // reads back exactly from every pod the preset makes and from config.toml.
    private static readonly Gen<string> RuntimeClassNames =
        Gen.Frequency(
            (3, Gen.OneOfConst("a", "z", "0", "9", "-", ".", "kata", "gvisor", "runsc").Array[1, 10].Select(parts => string.Concat(parts))),
            (1, Hostile));

    [Fact]
    public void Hostile_runtime_class_names_are_refused_or_read_back_exactly_from_every_pod()
    {
        var rendered = 0;
        RuntimeClassNames.Sample(name =>
        {
            var text = "trust: untrusted\nstrategy: kaniko\nimage:\n  destination: registry.example.com/team/app\n" +
                $"runner:\n  isolation: user-namespace\n  runtimeClass: {YamlEmitter.String(name)}\n";
            var set = PresetLoader.Load([(text, "presets/p.yaml", "presets/p.yaml")]);
            var dnsSubdomain = name.Length <= 253 && System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$");
            if (set.Diagnostics.HasErrors)
            {
                Assert.All(set.Diagnostics.Sorted(), d => Assert.Equal(DiagnosticIds.InvalidValue, d.Id));
                Assert.False(dnsSubdomain, $"'{name}' is a DNS-1123 subdomain but was refused");
                return;
            }

            Assert.True(dnsSubdomain, $"'{name}' is not a DNS-1123 subdomain but was accepted");
            var result = new Generator(new TemplateStore()).Render(set, []);
            Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
            RenderedFile F(string id) => result.Files.Single(f => f.Output.Id == id);
            var pods = new[]
            {
                Parsed.Pod(F("build-pod").Content).Spec,
                Parsed.ArcTemplate(F("arc-values").Content).Spec,
                Parsed.PodTemplate(Parsed.ConfigMap(F("arc-hook-template").Content).Data["job.yaml"]).Spec,
            };
            Assert.All(pods, spec => Assert.Equal(name, spec.RuntimeClassName));
            Assert.All(pods, spec => Assert.False(spec.HostUsers));
            var runner = (TomlTable)((TomlTableArray)Parsed.Toml(F("gitlab-config").Content)["runners"])[0];
            Assert.Equal(name, ((TomlTable)runner["kubernetes"])["runtime_class_name"]);
            Interlocked.Increment(ref rendered);
        }, iter: 200);

        Assert.True(rendered >= 20, $"only {rendered} of 200 samples got past validation");
    }

    private static PresetSet Load(Values v) => PresetLoader.Load([(Text(v), "presets/p.yaml", "presets/p.yaml")]);

    private static string Text(Values v) =>
        $"""
        trust: untrusted
        strategy: kaniko
        executor: {v.Executor}
        image:
          destination: registry.example.com/team/app
          context: {YamlEmitter.String(v.Context)}
          dockerfile: {YamlEmitter.String(v.Dockerfile)}
        runner:
          name: {YamlEmitter.String(v.RunnerName)}
          tags: {YamlEmitter.Array([v.Tag1, v.Tag2])}
          allowedImages: {YamlEmitter.Array([v.Image1, v.Image2])}
        github:
          runnerGroup: {YamlEmitter.String(v.RunnerGroup)}

        """;

    private static readonly Dictionary<string, GenerationResult> BenignResults = [];

    private static GenerationResult Benign(string executor)
    {
        lock (BenignResults)
        {
            if (!BenignResults.TryGetValue(executor, out var result))
            {
                result = new Generator(new TemplateStore()).Render(Load(new Values("ctx", "Dockerfile", "runner", "t1", "t2", "i1", "i2", "group", executor)), []);
                BenignResults[executor] = result;
            }

            return result;
        }
    }

    private static IEnumerable<string> All(Values v) => [v.Context, v.Dockerfile, v.RunnerName, v.Tag1, v.Tag2, v.Image1, v.Image2, v.RunnerGroup];

    private static bool HasDuplicateTags(Values v) => v.Tag1 == v.Tag2 || v.Image1 == v.Image2;

    /// <summary>Every key path of the document (mapping keys and list positions): values may differ, the structure may not.</summary>
    private static List<string> Shape(RenderedFile file)
    {
        var paths = new List<string>();
        if (file.Output.Format == OutputFormat.Toml)
        {
            Walk(Parsed.Toml(file.Content), string.Empty, paths);
            return paths;
        }

        if (file.Output.Format == OutputFormat.Hcl)
        {
            // Terraform: well formed, and the same text once every quoted string is emptied.
            Assert.Null(HclSyntax.Read(file.Content).Problem);
            return [.. file.Content.Split('\n').Select(line => HclStrings.EmptyStrings(line))];
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(file.Content));
        Walk(stream.Documents[0].RootNode, string.Empty, paths);
        if (file.Output.Id == "arc-hook-template")
        {
            var embedded = new YamlStream();
            embedded.Load(new StringReader(Parsed.ConfigMap(file.Content).Data["job.yaml"]));
            Walk(embedded.Documents[0].RootNode, "job.yaml", paths);
        }

        return paths;
    }

    private static void Walk(object node, string path, List<string> paths)
    {
        paths.Add(path);
        switch (node)
        {
            case TomlTable table:
                foreach (var (key, value) in table)
                {
                    Walk(value, $"{path}.{key}", paths);
                }

                break;
            case TomlTableArray tables:
                for (var i = 0; i < tables.Count; i++)
                {
                    Walk(tables[i], $"{path}[{i}]", paths);
                }

                break;
            case TomlArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i]!, $"{path}[{i}]", paths);
                }

                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    Walk(value, $"{path}.{((YamlScalarNode)key).Value}", paths);
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Walk(sequence.Children[i], $"{path}[{i}]", paths);
                }

                break;
        }
    }

    /// <summary>Every shell script of a file (GitLab script lines, GitHub run steps, sh -c arguments): fixed text, never a preset value.</summary>
    private static List<string> Scripts(RenderedFile file)
    {
        var scripts = new List<string>();
        if (file.Output.Format == OutputFormat.Yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(file.Content));
            CollectScripts(stream.Documents[0].RootNode, null, scripts);
        }

        return scripts;
    }

    private static void CollectScripts(YamlNode node, string? key, List<string> scripts)
    {
        switch (node)
        {
            case YamlScalarNode scalar when key is "run" or "script" or "args" && scalar.Value!.Contains("set -eu", StringComparison.Ordinal):
                scripts.Add(scalar.Value);
                break;
            case YamlMappingNode mapping:
                foreach (var (k, v) in mapping.Children)
                {
                    CollectScripts(v, ((YamlScalarNode)k).Value, scripts);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    CollectScripts(child, key, scripts);
                }

                break;
        }
    }

    // image.platforms, image.sbom and image.provenance (issue 15): platform strings built from real words and hostile
    // fragments are refused precisely, or reach every file only as IMAGE_PLATFORMS (and a build pod argument), with
    // the same structure and the same scripts as a benign multi-platform preset of the strategy.
    private static readonly Gen<string> PlatformWord =
        Gen.Frequency((12, Gen.OneOfConst("linux", "windows", "amd64", "arm64", "arm", "v7", "v8", "s390x", "x86_64", "riscv64")), (1, Hostile));

    private static readonly Gen<string> HostilePlatform =
        Gen.Frequency(
            (6, Gen.Select(PlatformWord, PlatformWord, (a, b) => $"{a}/{b}")),
            (3, Gen.Select(PlatformWord, PlatformWord, PlatformWord, (a, b, c) => $"{a}/{b}/{c}")),
            (1, Hostile));

    private static readonly System.Text.RegularExpressions.Regex PlatformForm = new("^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?$");

    [Fact]
    public void Hostile_platforms_are_refused_precisely_or_reach_scripts_only_as_a_variable()
    {
        var rendered = 0;
        Gen.Select(HostilePlatform, HostilePlatform, Gen.OneOfConst("buildkit", "buildah", "dind"), Gen.Bool).Sample((first, second, strategy, attest) =>
        {
            var set = PresetLoader.Load([(PlatformPreset(strategy, [first, second], attest), "presets/p.yaml", "presets/p.yaml")]);
            if (set.Diagnostics.HasErrors)
            {
                Assert.All(set.Diagnostics.Sorted(), d => Assert.Equal(DiagnosticIds.InvalidValue, d.Id));
                Assert.True(first == second || new[] { first, second }.Any(p => p.Length > 64 || !PlatformForm.IsMatch(p) || p.EndsWith('\n')), string.Join("\n", set.Diagnostics.Sorted()));
                return;
            }

            var result = new Generator(new TemplateStore()).Render(set, []);
            Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
            var benign = BenignPlatforms(strategy, attest);
            Assert.Equal(benign.Files.Select(f => f.Path), result.Files.Select(f => f.Path));
            foreach (var (file, reference) in result.Files.Zip(benign.Files))
            {
                Assert.Equal(Shape(reference), Shape(file));
                Assert.Equal(Scripts(reference), Scripts(file));
            }

            var joined = $"{first},{second}";
            RenderedFile F(string id) => result.Files.Single(f => f.Output.Id == id);
            var variables = (Dictionary<object, object>)((Dictionary<object, object>)Parsed.Yaml(F("gitlab-ci").Content)[".runnergen-image"])["variables"];
            Assert.Equal(joined, ((Dictionary<object, object>)variables["IMAGE_PLATFORMS"])["value"]);
            var job = (Dictionary<object, object>)((Dictionary<object, object>)Parsed.Yaml(F("github-workflow").Content)["jobs"])["build"];
            Assert.Equal(joined, GithubExpressionEmitter.Evaluate((string)((Dictionary<object, object>)job["env"])["IMAGE_PLATFORMS"]));
            var container = Parsed.Pod(F("build-pod").Content).Spec.Containers.First(c => c.Env?.Any(e => e.Name == "IMAGE_PLATFORMS") == true || c.Args?.Contains("platform=" + joined) == true);
            Assert.True(container.Args.Contains("platform=" + joined) || container.Env.Single(e => e.Name == "IMAGE_PLATFORMS").Value == joined);
            Interlocked.Increment(ref rendered);
        }, iter: 200);

        Assert.True(rendered >= 40, $"only {rendered} of 200 samples got past validation");
    }

    private static string PlatformPreset(string strategy, IReadOnlyList<string> platforms, bool attest) =>
        $"""
        trust: trusted
        strategy: {strategy}
        executor: kubernetes
        image:
          destination: registry.example.com/team/app
          platforms: {YamlEmitter.Array(platforms)}
        {(attest && strategy != "buildah" ? "  sbom: true\n  provenance: true\n" : string.Empty)}
        """;

    private static readonly Dictionary<(string, bool), GenerationResult> BenignPlatformResults = [];

    private static GenerationResult BenignPlatforms(string strategy, bool attest)
    {
        lock (BenignPlatformResults)
        {
            if (!BenignPlatformResults.TryGetValue((strategy, attest), out var result))
            {
                result = new Generator(new TemplateStore()).Render(PresetLoader.Load([(PlatformPreset(strategy, ["linux/amd64", "linux/arm64"], attest), "presets/p.yaml", "presets/p.yaml")]), []);
                BenignPlatformResults[(strategy, attest)] = result;
            }

            return result;
        }
    }

    // image.sign and builderImages.mirror: a sign value that is not a word of the enum, or a mirror that is not an
    // https:// host, is refused at its own key; an accepted mirror reads back exactly in every file that carries it,
    // and the files have the shape and scripts of a benign mirror.
    private static readonly Gen<string> MirrorHost =
        Gen.Frequency(
            (3, Gen.OneOfConst("mirror.example.com", "m", "a-b.c-d.example", "mirror.example.com:5000", "x1.y2:65535")),
            (2, Gen.Select(Gen.OneOfConst("mirror.example.com", "m"), Hostile).Select((h, x) => h + x)),
            (1, Hostile));

    private static readonly Gen<(string Sign, string Mirror)> SupplyChain =
        Gen.Select(Gen.Frequency((3, Gen.OneOfConst("keyless", "none")), (1, Hostile)), MirrorHost.Select(h => "https://" + h), Gen.Int[0, 4])
            .Select((sign, mirror, raw) => (sign, raw == 0 ? mirror[8..] : mirror));

    [Fact]
    public void Hostile_sign_and_mirror_values_are_refused_at_their_key_or_read_back_exactly()
    {
        var rendered = 0;
        var benign = Generated("keyless", "https://mirror.example.com");
        SupplyChain.Sample(values =>
        {
            var (set, result) = (Loaded(values.Sign, values.Mirror), (GenerationResult?)null);
            var signOk = values.Sign is "keyless" or "none";
            var mirrorOk = System.Text.RegularExpressions.Regex.IsMatch(values.Mirror, "^https://[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?/?$") && values.Mirror.Length <= 255;
            if (!signOk || !mirrorOk)
            {
                var errors = set.Diagnostics.Sorted().ToList();
                Assert.Equal((signOk ? 0 : 1) + (mirrorOk ? 0 : 1), errors.Count);
                Assert.All(errors, e => Assert.Contains(e.Id, new[] { DiagnosticIds.InvalidValue, DiagnosticIds.InvalidEnumValue, DiagnosticIds.WrongType }));
                return;
            }

            Assert.False(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Sorted()));
            result = new Generator(new TemplateStore()).Render(set, []);
            Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
            if (values.Sign == "keyless")
            {
                foreach (var (file, reference) in result.Files.Zip(benign.Files))
                {
                    Assert.Equal(Shape(reference), Shape(file));
                    Assert.Equal(Scripts(reference), Scripts(file));
                }
            }

            var host = values.Mirror[8..].TrimEnd('/');
            var ci = Parsed.Yaml(result.Files.Single(f => f.Output.Id == "gitlab-ci").Content);
            var variables = (Dictionary<object, object>)((Dictionary<object, object>)ci[".runnergen-image"])["variables"];
            Assert.Equal(host, ((Dictionary<object, object>)variables["REGISTRY_MIRROR_HOST"])["value"]);
            var job = (Dictionary<object, object>)((Dictionary<object, object>)ci["build-image"])["variables"];
            var toml = Parsed.Toml((string)((Dictionary<object, object>)job["BUILDKITD_TOML"])["value"]);
            Assert.Equal([host], ((TomlArray)((TomlTable)((TomlTable)toml["registry"])["docker.io"])["mirrors"]).Cast<string>());
            Interlocked.Increment(ref rendered);
        }, iter: 200);

        Assert.True(rendered >= 40, $"only {rendered} of 200 samples got past validation");
    }

    private static PresetSet Loaded(string sign, string mirror) => PresetLoader.Load([(
        $"trust: trusted\nstrategy: buildkit\nexecutor: docker\nimage:\n  destination: registry.example.com/team/app\n  sign: {YamlEmitter.String(sign)}\nbuilderImages:\n  mirror: {YamlEmitter.String(mirror)}\n",
        "presets/p.yaml", "presets/p.yaml")]);

    private static GenerationResult Generated(string sign, string mirror) => new Generator(new TemplateStore()).Render(Loaded(sign, mirror), []);
}
