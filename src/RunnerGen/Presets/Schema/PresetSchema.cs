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
            new(K.Executor, new EnumSchema("Where jobs run: GitLab's Docker, Kubernetes or docker-autoscaler executor (GitLab only: a cloud VM per job); on GitHub a Docker host or an ARC scale set.", EnumIds.Words<Executor>()), Default: "kubernetes"),
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
                new(K.Platforms, new ArraySchema("Platforms to build for, as os/arch[/variant]; two or more make a multi-platform image (a manifest list). Non-native platforms run under QEMU emulation. Kaniko cannot build for them.", new StringSchema("A platform.", ImagePlatformRegex(), "os/arch[/variant], such as linux/amd64 or linux/arm/v7", 64), MinItems: 1), Default: "the builder's own platform"),
                new(K.Sbom, new BooleanSchema("Attach an SBOM attestation (SPDX, in-toto) to the pushed image: BuildKit and the Docker strategies (buildx)."), Default: "false"),
                new(K.Provenance, new BooleanSchema("Attach a SLSA provenance attestation (mode=max) to the pushed image: BuildKit and the Docker strategies (buildx)."), Default: "false"),
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
                new(K.Cache, new ObjectSchema("Distributed cache of the runner ([runners.cache]): jobs' cache: kept in an object store between jobs and hosts, at runnergen/TRUST/NAME in the bucket, never shared across trust levels. No key or password here: the runner's cloud identity, or a Kubernetes Secret named in credentialsSecret.",
                [
                    new(K.Type, new EnumSchema("The object store.", ["s3", "gcs", "azure"]), Required: true),
                    new(K.Bucket, new StringSchema("Bucket (S3, GCS) or container (Azure) name.", BucketRegex(), "a bucket or container name: lower-case letters, digits, '.', '_' and '-', 3 to 63 characters", 63), Required: true),
                    new(K.Address, new StringSchema("S3: ServerAddress of an S3-compatible endpoint (host[:port]); Azure: StorageDomain. Default: the provider's own endpoint.", HostRegex(), "a host name with an optional port, such as minio.example.com:9000", 253)),
                    new(K.Region, new StringSchema("S3 only: BucketLocation, the bucket's region.", RegionRegex(), "a region such as eu-west-1", 64)),
                    new(K.RoleArn, new StringSchema("S3 only: RoleARN, an IAM role the runner assumes for the cache (GitLab Runner 17.8+).", RoleArnRegex(), "an IAM role ARN such as arn:aws:iam::123456789012:role/runner-cache", 2048)),
                    new(K.Account, new StringSchema("Azure only, required there: the storage account (AccountName).", AzureAccountRegex(), "a storage account name: 3 to 24 lower-case letters and digits", 24)),
                    new(K.CredentialsSecret, k8sName with { Description = "Kubernetes Secret with the cache credentials, mounted by the runner's Helm values (S3: keys accesskey and secretkey; GCS: credentials.json; Azure: tenant-id, client-id and client-secret of a service principal). Without it the runner's cloud identity is used (IAM role, workload identity, managed identity)." }),
                ])),
                new(K.Isolation, new EnumSchema("Kubernetes executor: host (pods use the node's user IDs) or user-namespace (hostUsers: false on every pod the preset makes: container root is not the node's root; needs Kubernetes 1.33+ and a node that supports user namespaces).", ["host", "user-namespace"]), Default: "host"),
                new(K.RuntimeClass, new StringSchema("Kubernetes executor: the RuntimeClass every pod runs with (runtimeClassName; config.toml runtime_class_name), such as gvisor or kata. runnergen cannot tell what a class isolates: the policy's verdict does not change.", RuntimeClassRegex(), "a DNS-1123 subdomain: lower-case letters, digits, '-' and '.', at most 253 characters", 253)),
                new(K.Autoscaler, new ObjectSchema("executor: docker-autoscaler: the fleeting plugin, the cloud instance group it scales, how many jobs a VM takes and the idle pool. Untrusted presets keep one job per VM.",
                [
                    new(K.Plugin, new EnumSchema("Fleeting plugin: aws (an Auto Scaling group), googlecloud (an instance group) or azure (a Virtual Machine Scale Set).", ["aws", "googlecloud", "azure"]), Default: "aws"),
                    new(K.PluginVersion, new StringSchema("Plugin version constraint gitlab-runner fleeting install resolves.", PluginVersionRegex(), "latest, or a version such as 1, 1.5 or 1.5.1", 32), Default: "latest"),
                    new(K.InstanceGroup, text with { Description = "The AWS Auto Scaling group, Google Cloud instance group or Azure scale set the runner scales (plugin_config name).", MaxLength = 255 }, Default: "the preset name"),
                    new(K.Project, text with { Description = "googlecloud: the Google Cloud project of the instance group.", MaxLength = 255 }),
                    new(K.Zone, text with { Description = "googlecloud: the zone of the instance group.", MaxLength = 255 }),
                    new(K.SubscriptionId, text with { Description = "azure: the subscription id of the scale set.", MaxLength = 255 }),
                    new(K.ResourceGroup, text with { Description = "azure: the resource group of the scale set.", MaxLength = 255 }),
                    new(K.CapacityPerInstance, new IntegerSchema("Jobs one VM runs at once (capacity_per_instance). Untrusted presets: 1.", 1, 1000), Default: "1"),
                    new(K.MaxUseCount, new IntegerSchema("Jobs a VM runs before it is deleted (max_use_count). 1: a fresh VM per job; untrusted presets: 1.", 1, 100000), Default: "1"),
                    new(K.MaxInstances, new IntegerSchema("Most VMs at once (max_instances).", 1, 10000), Default: "runner.concurrency"),
                    new(K.IdleCount, new IntegerSchema("Idle VMs kept ready for jobs ([[runners.autoscaler.policy]] idle_count).", 0, 10000), Default: "0"),
                    new(K.IdleTime, new StringSchema("How long an idle VM is kept (idle_time), a Go duration.", DurationRegex(), "a duration such as 20m0s, 1h or 90s", 32), Default: "20m0s"),
                    new(K.Username, new StringSchema("SSH user the runner connects to the VMs as (connector_config username).", UsernameRegex(), "a user name: lower-case letters, digits, '_' and '-', at most 32 characters", 32), Default: "the plugin's (aws: ec2-user)"),
                    new(K.UseExternalAddress, new BooleanSchema("Connect to the VMs by their external address (use_external_addr); false: the internal one, with the runner in the same network."), Default: "false"),
                ])),
            ])),
            new(K.Github, new ObjectSchema("GitHub Actions and Actions Runner Controller settings.",
            [
                new(K.ConfigUrl, new StringSchema("Organisation, repository or enterprise URL the scale set registers with.", UrlRegex(), "an https:// URL", 512), Default: "https://github.com/example-org"),
                new(K.ConfigSecret, k8sName with { Description = "Pre-created Kubernetes secret holding the GitHub App or token." }, Default: "arc-github-app"),
                new(K.ScaleSetName, new StringSchema("Scale set name; also the workflow's runs-on.", ScaleSetRegex(), "lower-case letters, digits and '-', at most 45 characters", 45), Default: "the preset name"),
                new(K.RunnerGroup, text with { Description = "Runner group of the scale set; it must exist in GitHub." }, Default: "none: ARC's Default group"),
                new(K.Environment, text with { Description = "GitHub environment that holds the registry secrets of trusted workflows; give it a deployment branch rule for protected branches." }, Default: "registry"),
                new(K.MinRunners, new IntegerSchema("Idle runners kept warm.", 0, 1000), Default: "0"),
                new(K.MaxRunners, new IntegerSchema("Most runners at once.", 1, 1000), Default: "runner.concurrency"),
                new(K.ScaleSetLabels, new ArraySchema("Extra labels of the scale set (scaleSetLabels, ARC 0.14): workflows may name them in runs-on besides the scale set name.", new StringSchema("A scale set label.", MaxLength: 255)), Default: "[]"),
                new(K.ContainerMode, new EnumSchema("ARC container mode of Kubernetes-mode strategies (kaniko, buildah): kubernetes (a work volume claim shared by the runner and job pods) or kubernetes-novolume (files copied between the pods, no claim; only for strategies whose job runs as root, such as kaniko).", ["kubernetes", "kubernetes-novolume"]), Default: "kubernetes"),
                new(K.StorageClassName, new StringSchema("StorageClass of the kubernetes container mode's work volume claim.", StorageClassRegex(), "a DNS subdomain: lower-case letters, digits, '-' and '.', at most 253 characters", 253), Default: "the cluster's default class"),
            ])),
            new(K.Gitlab, new ObjectSchema("The runner in GitLab (gitlab/runner.tf, Terraform's gitlab_user_runner) and its Helm deployment (gitlab/helm-values.yaml).",
            [
                new(K.Url, new StringSchema("The GitLab instance: the Helm chart's gitlabUrl.", UrlRegex(), "an https:// URL", 512), Default: "https://gitlab.com"),
                new(K.RunnerType, new EnumSchema("Which runners page the runner belongs to: instance, group or project (gitlab_user_runner's runner_type).", ["instance", "group", "project"]), Default: "project"),
                new(K.GroupId, new IntegerSchema("Numeric id of the group of a group runner; without it runner.tf asks for it (variable gitlab_group_id).", 1, int.MaxValue)),
                new(K.ProjectId, new IntegerSchema("Numeric id of the project of a project runner; without it runner.tf asks for it (variable gitlab_project_id).", 1, int.MaxValue)),
                new(K.MaximumTimeout, new IntegerSchema("Longest a job may run on the runner, in seconds.", 600, 2_592_000), Default: "3600"),
                new(K.Description, text with { Description = "The runner's description in GitLab." }, Default: "runner.name"),
                new(K.TokenSecret, k8sName with { Description = "Kubernetes Secret with the runner token (key runner-token) that runner.tf writes and the Helm values name." }, Default: "NAME-runner-token"),
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

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketRegex();

    [GeneratedRegex("^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(:[0-9]{1,5})?$")]
    private static partial Regex HostRegex();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex RegionRegex();

    [GeneratedRegex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]+$")]
    private static partial Regex RoleArnRegex();

    [GeneratedRegex("^[a-z0-9]{3,24}$")]
    private static partial Regex AzureAccountRegex();

    [GeneratedRegex("^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$")]
    private static partial Regex StorageClassRegex();
    [GeneratedRegex("^(latest|[0-9]+(\\.[0-9]+){0,2})$")]
    private static partial Regex PluginVersionRegex();

    [GeneratedRegex("^([0-9]+(\\.[0-9]+)?(ns|us|ms|s|m|h))+$")]
    private static partial Regex DurationRegex();

    [GeneratedRegex("^[a-z_][a-z0-9_-]{0,31}$")]
    private static partial Regex UsernameRegex();

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex K8sNameRegex();

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$")]
    private static partial Regex RuntimeClassRegex();
    [GeneratedRegex("^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?$")]
    private static partial Regex ImagePlatformRegex();

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
