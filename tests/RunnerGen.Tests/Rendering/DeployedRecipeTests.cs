using System.Diagnostics;
using System.Text.RegularExpressions;
using RunnerGen.Model;
using k8s.Models;
using RunnerGen.Presets;
using RunnerGen.Rendering;
using RunnerGen.Tests.Support;
using Tomlyn.Model;

namespace RunnerGen.Tests.Rendering;

/// <summary>
/// What a file needs to work once deployed, beyond parsing: each fact was checked against upstream (the runner's, the
/// chart's and the builders' own source and documentation) and is asserted over every combination of the matrix.
/// </summary>
public sealed partial class DeployedRecipeTests
{
    private static IEnumerable<RenderedFile> Files(string outputId) => Matrix.Result.Files.Where(f => f.Output.Id == outputId);

    [Fact]
    public void Buildx_keeps_its_builder_store_on_a_writable_volume_when_the_docker_config_is_a_read_only_secret()
    {
        var checkedContainers = 0;
        foreach (var file in Files("build-pod"))
        {
            var pod = Parsed.Pod(file.Content);
            var buildxContainers = pod.Spec.Containers.Where(c => c.Env?.Any(e => e.Name == "DOCKER_CONFIG") == true && c.Args?.Any(a => a.Contains("buildx", StringComparison.Ordinal)) == true);
            foreach (var container in buildxContainers)
            {
                var dockerConfig = container.Env.Single(e => e.Name == "DOCKER_CONFIG").Value;
                if (!(container.VolumeMounts?.Any(m => m.MountPath == dockerConfig && m.ReadOnlyProperty == true) ?? false))
                {
                    continue;
                }

                checkedContainers++;
                // buildx opens $BUILDX_CONFIG (default $DOCKER_CONFIG/buildx) for writing on `buildx create` and `buildx build`.
                var buildx = container.Env.SingleOrDefault(e => e.Name == "BUILDX_CONFIG")?.Value;
                Assert.True(buildx is not null, $"{file.Path}: {container.Name} has a read-only DOCKER_CONFIG and no BUILDX_CONFIG");
                AssertOnWritableEmptyDir(pod, container, buildx!, file.Path);
            }
        }

        Assert.Equal(6 + 3 + 3 + 3, checkedContainers); // dind, dind-rootless and socket build pods, internal and trusted; + runner.isolation/runtimeClass; + trusted multi-platform; + trusted signed
    }

    [Fact]
    public void Rootless_dind_keeps_its_daemon_storage_on_an_emptydir()
    {
        const string Storage = "/home/rootless/.local/share/docker";
        foreach (var file in Files("build-pod").Where(f => f.Preset.Contains("dind-rootless", StringComparison.Ordinal)))
        {
            var pod = Parsed.Pod(file.Content);
            var dind = pod.Spec.InitContainers.Single(c => c.Name == "dind");
            AssertOnWritableEmptyDir(pod, dind, Storage, file.Path);
        }

        foreach (var file in Files("gitlab-config").Where(f => f.Preset.Contains("dind-rootless-kubernetes", StringComparison.Ordinal)))
        {
            var kubernetes = Kubernetes(file);
            var emptyDirs = (TomlTableArray)((TomlTable)kubernetes["volumes"])["empty_dir"];
            Assert.Contains(emptyDirs, v => (string)v["mount_path"] == Storage);
        }
    }

    [Fact]
    public void Privileged_dind_services_on_kubernetes_have_requests_and_limits()
    {
        var count = 0;
        foreach (var file in Files("gitlab-config").Where(f => f.Preset.EndsWith("-kubernetes", StringComparison.Ordinal) && f.Preset.Contains("-dind", StringComparison.Ordinal)))
        {
            count++;
            var kubernetes = Kubernetes(file);
            foreach (var key in new[] { "service_cpu_request", "service_cpu_limit", "service_memory_request", "service_memory_limit" })
            {
                Assert.True(kubernetes.ContainsKey(key), $"{file.Path}: no {key}");
            }
        }

        Assert.Equal(4, count);
    }

    [Fact]
    public void Privileged_runners_on_kubernetes_say_how_to_keep_them_on_dedicated_nodes()
    {
        foreach (var file in Files("gitlab-config").Where(f => f.Preset.EndsWith("-kubernetes", StringComparison.Ordinal) && (f.Preset.Contains("-dind", StringComparison.Ordinal) || f.Preset.Contains("-socket", StringComparison.Ordinal))))
        {
            Assert.Contains("runners.kubernetes.node_selector", file.Content, StringComparison.Ordinal);
            Assert.Contains("runners.kubernetes.node_tolerations", file.Content, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Arc_dind_sidecars_have_requests_and_limits()
    {
        var count = 0;
        foreach (var file in Files("arc-values").Where(f => f.Preset.Contains("-dind", StringComparison.Ordinal)))
        {
            count++;
            var dind = Parsed.ArcTemplate(file.Content).Spec.InitContainers.Single(c => c.Name == "dind");
            Assert.True(dind.Resources?.Limits?.ContainsKey("cpu") == true && dind.Resources.Limits.ContainsKey("memory"), $"{file.Path}: dind has no limits");
            Assert.True(dind.Resources.Requests?.ContainsKey("cpu") == true && dind.Resources.Requests.ContainsKey("memory"), $"{file.Path}: dind has no requests");
        }

        Assert.Equal(4 + 2 + 2 + 2, count); // dind and dind-rootless, internal and trusted; + with runner.isolation; + trusted multi-platform; + trusted signed
    }

    [Fact]
    public void Arc_kubernetes_mode_lets_the_runner_and_the_job_write_the_work_volume()
    {
        var count = 0;
        foreach (var file in Files("arc-values").Where(f => f.Content.Contains("type: kubernetes", StringComparison.Ordinal)))
        {
            count++;
            // GitHub's ARC troubleshooting: the runner (uid 1001) needs fsGroup 123 to write the work volume.
            Assert.Equal(123, Parsed.ArcTemplate(file.Content).Spec.SecurityContext?.FsGroup);
        }

        foreach (var file in Files("arc-hook-template").Where(f => f.Preset.Contains("-buildah-", StringComparison.Ordinal)))
        {
            // Buildah runs as uid 1000 in the job pod; the work volume's group (123) lets it write what the runner checked out.
            var job = Parsed.PodTemplate(Parsed.ConfigMap(file.Content).Data["job.yaml"]);
            Assert.Equal(123, job.Spec.SecurityContext?.FsGroup);
        }

        Assert.Equal(5 + 2 + 1 + 2, count); // Kaniko at three trust levels, Buildah at two; + runner.isolation; + Buildah multi-platform; + Kaniko with a mirror, Buildah signed
    }

    [Fact]
    public void Docker_security_opt_uses_the_equals_form()
    {
        foreach (var file in Files("gitlab-config"))
        {
            Assert.DoesNotContain("seccomp:", file.Content, StringComparison.Ordinal);
            Assert.DoesNotContain("apparmor:", file.Content, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_read_only_socket_mount_is_not_presented_as_a_safeguard()
    {
        foreach (var file in Files("gitlab-config").Where(f => f.Preset.Contains("-socket-kubernetes", StringComparison.Ordinal)))
        {
            var hostPaths = (TomlTableArray)((TomlTable)Kubernetes(file)["volumes"])["host_path"];
            Assert.DoesNotContain(hostPaths, v => v.ContainsKey("read_only"));
        }
    }

    [Fact]
    public void Default_pins_are_current_releases()
    {
        var images = new BuilderImages { ByKey = DefaultPins.Images };
        Assert.True(Tag(images["kaniko"]) >= new Version(1, 28, 3), images["kaniko"]);
        Assert.True(Tag(images["buildkit"]) >= new Version(0, 33, 0), images["buildkit"]);
        Assert.True(Tag(images["buildah"]) >= new Version(1, 44, 0), images["buildah"]);
        Assert.True(Tag(images["dind"]) >= new Version(29, 8, 1), images["dind"]);
        Assert.True(Tag(images["dindRootless"]) >= new Version(29, 8, 1), images["dindRootless"]);
        Assert.True(Tag(images["dockerCli"]) >= new Version(29, 8, 1), images["dockerCli"]);
        // GitHub queues no jobs to a runner more than 30 days behind, and ARC turns self-update off.
        Assert.True(Tag(images["actionsRunner"]) >= new Version(2, 336, 0), images["actionsRunner"]);
    }

    [Theory]
    [InlineData("trusted-dind-docker", "gitlab-ci")]
    [InlineData("trusted-socket-kubernetes", "gitlab-ci")]
    [InlineData("trusted-dind-kubernetes", "build-pod")]
    [InlineData("internal-dind-rootless-kubernetes", "build-pod")]
    public void The_dind_wait_fails_clearly_when_the_daemon_never_answers(string preset, string output)
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/bin/sh"))
        {
            return;
        }

        var content = Matrix.Result.Files.Single(f => f.Preset == preset && f.Output.Id == output).Content;
        var script = output == "build-pod"
            ? Parsed.Pod(content).Spec.Containers.Single(c => c.Name == "build").Args.Single()
            : string.Join("\n", ((List<object>)((Dictionary<object, object>)Parsed.Yaml(content)["build-image"])["script"]).Cast<string>());
        using var dir = new TempDir();
        var calls = Path.Combine(dir.Path, "calls");
        // A docker that never reaches a daemon, and a sleep that returns at once.
        Executable(dir.Write("bin/docker", $"#!/bin/sh\necho \"$1\" >> '{calls}'\nexit 1\n"));
        Executable(dir.Write("bin/sleep", "#!/bin/sh\nexit 0\n"));
        var start = new ProcessStartInfo("/bin/sh", ["-c", script]) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["PATH"] = Path.Combine(dir.Path, "bin") + ":/usr/bin:/bin";
        foreach (var (name, value) in new[] { ("IMAGE_REGISTRY", "registry.example.com"), ("IMAGE_DESTINATION", "registry.example.com/ci/app"), ("IMAGE_CONTEXT", "."), ("IMAGE_DOCKERFILE", "Dockerfile"), ("IMAGE_CACHE", "true"), ("IMAGE_CACHE_REPO", "registry.example.com/ci/app/cache"), ("REGISTRY_USER", "u"), ("REGISTRY_PASSWORD", "p"), ("CI_COMMIT_SHA", "abc"), ("CI_JOB_ID", "1"), ("HOSTNAME", "pod") })
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.NotEqual(0, process.ExitCode);
        Assert.Matches(DaemonMessage(), error);
        Assert.All(File.ReadAllLines(calls), call => Assert.Equal("info", call));
    }

    private static void AssertOnWritableEmptyDir(V1Pod pod, V1Container container, string path, string file)
    {
        var mount = container.VolumeMounts?.Where(m => path == m.MountPath || path.StartsWith(m.MountPath.TrimEnd('/') + "/", StringComparison.Ordinal))
            .OrderByDescending(m => m.MountPath.Length)
            .FirstOrDefault();
        Assert.True(mount is not null, $"{file}: {container.Name}: nothing is mounted at {path}");
        Assert.True(mount!.ReadOnlyProperty != true, $"{file}: {container.Name}: {mount.MountPath} is read-only");
        Assert.True(pod.Spec.Volumes.Single(v => v.Name == mount.Name).EmptyDir is not null, $"{file}: {mount.Name} is not an emptyDir");
    }

    private static TomlTable Kubernetes(RenderedFile file) => (TomlTable)((TomlTable)((TomlTableArray)Parsed.Toml(file.Content)["runners"])[0])["kubernetes"];

    private static Version Tag(string image)
    {
        var match = TagVersion().Match(image[(image.LastIndexOf(':') + 1)..]);
        Assert.True(match.Success, image);
        return Version.Parse(match.Groups[1].Value);
    }

    private static void Executable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [GeneratedRegex(@"^v?(\d+\.\d+\.\d+)")]
    private static partial Regex TagVersion();

    [GeneratedRegex("Docker daemon .* did not answer")]
    private static partial Regex DaemonMessage();
}
