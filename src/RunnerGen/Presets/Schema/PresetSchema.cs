using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using RunnerGen.Model;
using K = RunnerGen.Model.PresetKeys;

namespace RunnerGen.Presets.Schema;

/// <summary>The preset format: every key, its type, its rule and its default.</summary>
public static partial class PresetSchema
{
    /// <summary>Safe as a file name, a Kubernetes name and a runner tag.</summary>
    public static readonly StringSchema PresetName = new(
        "Preset name: names the output folder and, by default, the runner, its tag and the scale set.",
        NameRegex(),
        "lower-case letters, digits and '-', 1 to 40 characters, starting and ending with a letter or digit",
        40);

    private static readonly ConditionalWeakTable<StrategyCatalog, ObjectSchema> ByCatalog = [];

    /// <summary>The root object, for the strategies of <see cref="StrategyCatalog.Current"/>.</summary>
    public static ObjectSchema Root => For(StrategyCatalog.Current);

    /// <summary>The root object for a catalog's strategies and images.</summary>
    public static ObjectSchema For(StrategyCatalog catalog) => ByCatalog.GetValue(catalog, Build);

    private static ObjectSchema Build(StrategyCatalog catalog)
    {
        var k8sName = new StringSchema("A Kubernetes object name.", K8sNameRegex(), "a DNS-1123 label: lower-case letters, digits and '-', at most 63 characters", 63);
        var quantity = new StringSchema("A Kubernetes quantity.", QuantityRegex(), "a Kubernetes quantity such as 500m, 2, 1Gi", 32);
        var envVar = new StringSchema("An environment variable name.", EnvVarRegex(), "an environment variable name: letters, digits and '_', not starting with a digit", 128);
        var imageRef = new StringSchema("A container image reference, pinned by tag or digest.", ImageRefRegex(), "an image reference such as registry.example.com/group/image:1.2.3 or image@sha256:<64 hex>", 512);
        var text = new StringSchema("Text on one line.");

        return new ObjectSchema("A runnergen preset: trust level, build strategy, executor and platforms, and the settings they render with.",
        [
            new(K.Name, PresetName, Default: "the file name without .yaml"),
            new(K.Description, new StringSchema("Free text for people; never written into configs.", Multiline: true, MaxLength: 4096), Default: "\"\""),
            new(K.Extends, PresetName with { Description = "Name of the preset to inherit from; keys merge one by one, lists are replaced." }),
            new(K.Abstract, new BooleanSchema("A base for other presets only: validated loosely and not rendered."), Default: "false"),
            new(K.Trust, new EnumSchema("How far the pipelines are trusted; the ceiling the policy enforces.", EnumIds.Words<TrustLevel>()), Required: true),
            new(K.Strategy, new EnumSchema("How images are built.", catalog.Ids), Required: true),
            new(K.Executor, new EnumSchema("Where jobs run: GitLab's Docker or Kubernetes executor; on GitHub a Docker host or an ARC scale set.", EnumIds.Words<Executor>()), Default: "kubernetes"),
            new(K.Platforms, new ArraySchema("CI systems to render for.", new EnumSchema("A platform.", EnumIds.Words<Platform>()), MinItems: 1), Default: "[gitlab, github]"),
            new(K.AcceptRisks, new ArraySchema("Risks an internal preset accepts, by name. Untrusted presets cannot accept any.", new EnumSchema("A risk.", EnumIds.Words<RiskId>())), Default: "[]"),
            new(K.Image, new ObjectSchema("The image to build.",
            [
                new(K.Context, text with { Description = "Build context relative to the repository root." }, Default: "."),
                new(K.Dockerfile, text with { Description = "Dockerfile path relative to the repository root." }, Default: "Dockerfile"),
                new(K.Destination, new StringSchema("Image repository to push to, without a tag.", RepositoryRegex(), "an image repository without tag, such as registry.example.com/group/app", 255), Required: true),
                new(K.Cache, new BooleanSchema("Use a registry layer cache at DESTINATION/cache/TRUST (GitLab: one for protected and one for unprotected refs). Untrusted builds use none."), Default: "true"),
                new(K.Quarantine, new StringSchema("GitLab, untrusted presets: a separate image repository untrusted builds push to (with QUARANTINE_REGISTRY_USER/PASSWORD); without it they push nothing.", RepositoryRegex(), "an image repository without tag, such as registry.example.com/quarantine/app", 255)),
                new(K.PushSecret, k8sName with { Description = "Kubernetes secret (dockerconfigjson) the build pod pushes with." }, Default: "registry-credentials"),
                new(K.WorkspaceClaim, k8sName with { Description = "PersistentVolumeClaim holding the source tree for the standalone build pod." }, Default: "NAME-workspace"),
                new(K.Sign, new EnumSchema("Sign the pushed digest in the job that built it: keyless (cosign with the platform's OIDC identity; trusted presets only, not Kaniko) or none.", ["none", "keyless"]), Default: "none"),
            ]), Required: true),
            new(K.Runner, new ObjectSchema("The runner that takes the build jobs.",
            [
                new(K.Name, text with { Description = "Runner name in config.toml." }, Default: "the preset name"),
                new(K.Tags, new ArraySchema("Tags jobs use to reach the runner.", text with { Description = "A runner tag." }, MinItems: 1), Default: "[NAME]"),
                new(K.Concurrency, new IntegerSchema("Jobs at once: concurrent and limit in config.toml; maxRunners in ARC by default.", 1, 1000), Default: "4"),
                new(K.Namespace, k8sName with { Description = "Kubernetes namespace of the job pods." }, Default: "ci-NAME"),
                new(K.UrlVariable, envVar with { Description = "Environment variable the runner reads the GitLab URL from." }, Default: "CI_SERVER_URL"),
                new(K.TokenVariable, envVar with { Description = "Environment variable the runner reads its authentication token from." }, Default: "RUNNER_TOKEN"),
                new(K.TokenRotation, new EnumSchema("Who rotates the runner token: external (FF_DISABLE_AUTOMATIC_TOKEN_ROTATION; rotate it from outside) or runner (the runner rotates it and saves config.toml back with the literal token).", ["external", "runner"]), Default: "external"),
                new(K.AllowedImages, new ArraySchema("Images jobs may run (allowed_images patterns).", text with { Description = "An image pattern." }), Default: "the strategy's images"),
                new(K.Resources, new ObjectSchema("Requests and limits of build containers.",
                [
                    new(K.CpuRequest, quantity, Default: "500m"),
                    new(K.CpuLimit, quantity, Default: "2"),
                    new(K.MemoryRequest, quantity, Default: "1Gi"),
                    new(K.MemoryLimit, quantity, Default: "4Gi"),
                ])),
            ])),
            new(K.Github, new ObjectSchema("GitHub Actions and Actions Runner Controller settings.",
            [
                new(K.ConfigUrl, new StringSchema("Organisation, repository or enterprise URL the scale set registers with.", UrlRegex(), "an https:// URL", 512), Default: "https://github.com/example-org"),
                new(K.ConfigSecret, k8sName with { Description = "Pre-created Kubernetes secret holding the GitHub App or token." }, Default: "arc-github-app"),
                new(K.ScaleSetName, new StringSchema("Scale set name; also the workflow's runs-on.", ScaleSetRegex(), "lower-case letters, digits and '-', at most 45 characters", 45), Default: "the preset name"),
                new(K.RunnerGroup, text with { Description = "Runner group of the scale set." }, Default: "default"),
                new(K.Environment, text with { Description = "GitHub environment that holds the registry secrets of trusted workflows; give it a deployment branch rule for protected branches." }, Default: "registry"),
                new(K.MinRunners, new IntegerSchema("Idle runners kept warm.", 0, 1000), Default: "0"),
                new(K.MaxRunners, new IntegerSchema("Most runners at once.", 1, 1000), Default: "runner.concurrency"),
            ])),
            new(K.BuilderImages, new ObjectSchema("Builder images, pinned; override to use a mirror or a digest.",
            [
                .. catalog.Images.Where(i => i.Key != K.Mirror).Select(i => new PropertySchema(i.Key, imageRef, Default: i.Value)),
                new(K.Mirror, new StringSchema("A pull-through mirror of Docker Hub that Docker daemons and builders pull through (Docker Hub allows few unauthenticated pulls).", MirrorRegex(), "an https:// URL of a host with an optional port and no path, such as https://mirror.example.com", 255)),
            ])),
        ]);
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$")]
    private static partial Regex NameRegex();

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex K8sNameRegex();

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,43}[a-z0-9])?$")]
    private static partial Regex ScaleSetRegex();

    [GeneratedRegex("^[0-9]+(\\.[0-9]+)?(m|k|M|G|T|Ki|Mi|Gi|Ti)?$")]
    private static partial Regex QuantityRegex();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex EnvVarRegex();

    [GeneratedRegex("^https://[^\\s\"'`$\\\\]+$")]
    private static partial Regex UrlRegex();

    [GeneratedRegex("^https://[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?/?$")]
    private static partial Regex MirrorRegex();

    [GeneratedRegex("^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)+$")]
    private static partial Regex RepositoryRegex();

    [GeneratedRegex("^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9._-]{0,127})?(@sha256:[a-f0-9]{64})?$")]
    private static partial Regex ImageRefRegex();
}
