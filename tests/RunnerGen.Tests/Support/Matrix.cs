using System.Text;
using RunnerGen.Generation;
using RunnerGen.Model;
using RunnerGen.Presets;
using RunnerGen.Rendering;

namespace RunnerGen.Tests.Support;

/// <summary>
/// Every combination runnergen renders: each strategy on each executor at each trust level it may run at (untrusted:
/// Kaniko only; internal with the strategy's risks accepted), each with both platforms; and each strategy on
/// docker-autoscaler's single-use VMs (GitLab only) at untrusted and internal, which that isolation allows. Templates never look at the
/// platform list (it only picks which outputs are written), so both platforms in one preset cover every output
/// (<c>MatrixTests</c> checks that one platform alone renders exactly its share of the files).
/// </summary>
internal static class Matrix
{
    private static readonly Lazy<GenerationResult> Rendered = new(() => Render(new TemplateStore()));

    public static GenerationResult Result => Rendered.Value;

    /// <summary>Preset names of the matrix, <c>TRUST-STRATEGY-EXECUTOR</c>, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Presets().Select(p => p.Name).Order(StringComparer.Ordinal)];

    /// <summary>Each combination as xunit data: its preset name.</summary>
    public static TheoryData<string> Combinations()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names)
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>Renders the matrix through <paramref name="templates"/>: every combination, or those <paramref name="only"/> accepts.</summary>
    /// <param name="templates">The templates to render with.</param>
    /// <param name="only">Which combinations to render, by name; null for all.</param>
    /// <param name="platforms">The platforms each preset asks for (default both).</param>
    public static GenerationResult Render(TemplateStore templates, Func<string, bool>? only = null, string platforms = "gitlab, github")
    {
        var wanted = platforms.Split(", ");
        var set = PresetLoader.Load(Presets()
            .Where(p => only?.Invoke(p.Name) ?? true)
            .Select(p => (p.Name, p.Yaml, Platforms: p.Platforms.Intersect(wanted).ToList()))
            .Where(p => p.Platforms.Count > 0)
            .Select(p => ($"platforms: [{string.Join(", ", p.Platforms)}]\n" + p.Yaml, $"matrix/{p.Name}.yaml", $"presets/{p.Name}.yaml")));
        Assert.False(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Sorted()));
        return new Generator(templates).Render(set, []);
    }

    /// <summary>Every file of one combination in one text, each under a <c>==&gt; PATH &lt;==</c> line, in output order.</summary>
    public static string Text(GenerationResult result, string name)
    {
        var text = new StringBuilder();
        foreach (var file in result.Files.Where(f => f.Preset == name))
        {
            text.Append(text.Length == 0 ? string.Empty : "\n").Append("==> ").Append(file.Path[(name.Length + 1)..]).Append(" <==\n").Append(file.Content);
        }

        return text.ToString();
    }

    private static IEnumerable<(string Name, string Yaml, string[] Platforms)> Presets()
    {
        foreach (var strategy in StrategyCatalog.Current.All)
        {
            foreach (var trust in new[] { TrustLevel.Untrusted, TrustLevel.Internal, TrustLevel.Trusted })
            {
                if (!strategy.FitsTrust(trust, trust == TrustLevel.Internal ? strategy.Risks : []))
                {
                    continue;
                }

                foreach (var executor in new[] { Executor.Docker, Executor.Kubernetes })
                {
                    var name = $"{trust.Id()}-{strategy.Strategy.Value}-{executor.Id()}";

                    // GitHub jobs on a Docker host get the host's socket (internal presets accept it); untrusted
                    // pull requests cannot run there at all, so untrusted Docker-host presets are GitLab only.
                    var accepted = trust == TrustLevel.Internal
                        ? strategy.Risks.Concat(executor == Executor.Docker ? [RiskId.HostSocket] : []).Distinct().ToList()
                        : [];
                    var risks = accepted.Count > 0 ? $"acceptRisks: [{string.Join(", ", accepted.Select(r => r.Id()))}]\n" : string.Empty;
                    string[] platforms = trust == TrustLevel.Untrusted && executor == Executor.Docker ? ["gitlab"] : ["gitlab", "github"];
                    yield return (name,
                        $"name: {name}\ntrust: {trust.Id()}\nstrategy: {strategy.Strategy.Value}\nexecutor: {executor.Id()}\n" +
                        $"{risks}image:\n  destination: registry.example.com/ci/app\n", platforms);

                    // Trusted presets once more with a Docker Hub mirror and keyless signing (Kaniko cannot sign: RG0261).
                    if (trust == TrustLevel.Trusted)
                    {
                        var kaniko = strategy.Strategy.Value == "kaniko";
                        var variant = $"{name}-{(kaniko ? "mirror" : "signed")}";
                        yield return (variant,
                            $"name: {variant}\ntrust: trusted\nstrategy: {strategy.Strategy.Value}\nexecutor: {executor.Id()}\n" +
                            $"image:\n  destination: registry.example.com/ci/app\n{(kaniko ? string.Empty : "  sign: keyless\n")}" +
                            "builderImages:\n  mirror: https://mirror.example.com\n", platforms);
                    }
                }
            }
        }

        // runner.isolation and runner.runtimeClass on Kubernetes: every strategy at the lowest trust level it fits
        // without accepting a risk (its pods, ARC templates and config.toml), the host socket with a RuntimeClass only.
        foreach (var strategy in StrategyCatalog.Current.All)
        {
            var trust = strategy.FitsTrust(TrustLevel.Untrusted, []) ? TrustLevel.Untrusted : TrustLevel.Trusted;
            var socket = strategy.Risks.Contains(RiskId.HostSocket);
            var name = $"{trust.Id()}-{strategy.Strategy.Value}-kubernetes-{(socket ? "runtimeclass" : "userns")}";
            yield return (name,
                $"name: {name}\ntrust: {trust.Id()}\nstrategy: {strategy.Strategy.Value}\nexecutor: kubernetes\n" +
                "image:\n  destination: registry.example.com/ci/app\n" +
                $"runner:\n  runtimeClass: gvisor\n{(socket ? string.Empty : "  isolation: user-namespace\n")}", ["gitlab", "github"]);
        }

        // docker-autoscaler (GitLab only; named TRUST-STRATEGY-autoscaler): VMs that take one job each, so every strategy renders for untrusted and for
        // internal without accepting a risk; trusted once, for its protected-refs job.
        foreach (var strategy in StrategyCatalog.Current.All)
        {
            foreach (var trust in new[] { TrustLevel.Untrusted, TrustLevel.Internal, TrustLevel.Trusted })
            {
                if (trust == TrustLevel.Trusted && strategy.Id != "dind")
                {
                    continue;
                }

                var name = $"{trust.Id()}-{strategy.Strategy.Value}-autoscaler";
                yield return (name,
                    $"name: {name}\ntrust: {trust.Id()}\nstrategy: {strategy.Strategy.Value}\nexecutor: {Executor.DockerAutoscaler.Id()}\n" +
                    "image:\n  destination: registry.example.com/ci/app\n", ["gitlab"]);
            }
        }

        // Each strategy with build features once more, trusted, with every feature it has: a multi-platform image and
        // its attestations (image.platforms, image.sbom, image.provenance), named TRUST-STRATEGY-EXECUTOR-multi.
        foreach (var strategy in StrategyCatalog.Current.All.Where(s => s.Features.Count > 0))
        {
            foreach (var executor in new[] { Executor.Docker, Executor.Kubernetes })
            {
                var name = $"trusted-{strategy.Strategy.Value}-{executor.Id()}-multi";
                var image = "image:\n  destination: registry.example.com/ci/app\n"
                    + (strategy.Features.Contains(StrategyFeatures.Platforms) ? "  platforms: [linux/amd64, linux/arm64]\n" : string.Empty)
                    + (strategy.Features.Contains(StrategyFeatures.Sbom) ? "  sbom: true\n" : string.Empty)
                    + (strategy.Features.Contains(StrategyFeatures.Provenance) ? "  provenance: true\n" : string.Empty);
                yield return (name, $"name: {name}\ntrust: trusted\nstrategy: {strategy.Strategy.Value}\nexecutor: {executor.Id()}\n{image}", ["gitlab", "github"]);
            }
        }
    }
}
