using RunnerGen.Model;

namespace RunnerGen.Policy;

/// <summary>
/// What <c>explain</c> says about <c>image.sign</c> and <c>builderImages.mirror</c>: where the signature is made and
/// how to verify it, and which daemon or builder of the preset pulls through the mirror (and which cannot).
/// </summary>
public static class SupplyChainAdvice
{
    /// <summary>Lines on signing; empty when the preset does not sign.</summary>
    public static IReadOnlyList<string> Signing(Preset preset)
    {
        if (!preset.Image.SignKeyless)
        {
            return [];
        }

        var lines = new List<string>
        {
            $"keyless: the job that pushed the image signs DESTINATION@DIGEST (the digest its build reported, never a tag) with cosign {DefaultPins.Cosign.Version} and the CI's OIDC identity; a signing identity is for trusted jobs only (RG1053, RG0260).",
        };
        if (preset.Targets(Platform.Gitlab))
        {
            lines.Add("gitlab: id_tokens SIGSTORE_ID_TOKEN (aud: sigstore) on the build job, which cosign reads; cosign is downloaded and checked against the sha256 in pins.yaml. Verify with cosign verify --certificate-identity 'https://GITLAB/GROUP/PROJECT//.gitlab-ci.yml@refs/heads/BRANCH' --certificate-oidc-issuer https://GITLAB.");
        }

        if (preset.Targets(Platform.Github))
        {
            lines.Add("github: id-token: write on the build job only (inside its ref guard and environment); sigstore/cosign-installer on the runner, or the pinned binary checked by sha256 in a job container. Verify with cosign verify --certificate-identity 'https://github.com/OWNER/REPO/.github/workflows/build-image.yml@refs/heads/BRANCH' --certificate-oidc-issuer https://token.actions.githubusercontent.com.");
        }

        if (preset.Executor == Executor.Kubernetes)
        {
            lines.Add("the standalone build pod (kubernetes/build-pod.yaml) pushes unsigned: it has no CI identity.");
        }

        return lines;
    }

    /// <summary>Lines on the Docker Hub mirror; empty when the preset names none.</summary>
    public static IReadOnlyList<string> Mirror(Preset preset)
    {
        if (preset.BuilderImages.Mirror is not { } url)
        {
            return [];
        }

        var github = preset.Targets(Platform.Github);
        var kubernetes = preset.Executor == Executor.Kubernetes;
        var lines = new List<string> { $"{url}: Docker Hub pulls go through it (Docker Hub allows few unauthenticated pulls per hour)." };
        switch (preset.Strategy.Value)
        {
            case "dind" or "dind-rootless":
                lines.Add($"the dind daemon gets --registry-mirror: the GitLab service's command{(kubernetes ? ", the build pod's dind sidecar" : string.Empty)}{(github && kubernetes ? " and the ARC dind container's args" : string.Empty)}.");
                if (github && !kubernetes)
                {
                    lines.Add("github: a job's services: take no daemon arguments, so the dind service of the Docker-host workflow does not use the mirror; bake \"registry-mirrors\" into /etc/docker/daemon.json of a dind image of your own (builderImages), or pull base images through the mirror by name.");
                }

                break;
            case "socket":
                lines.Add("socket: the daemon is the host's, not runnergen's: add \"registry-mirrors\": [\"" + url + "\"] to /etc/docker/daemon.json on every runner host (or node) and restart Docker.");
                break;
            case "buildkit":
                lines.Add("buildkit: the GitLab job" + (github && !kubernetes ? " and the GitHub Docker-host job write" : " writes") + " ~/.config/buildkit/buildkitd.toml ([registry.\"docker.io\"] mirrors), which rootless buildkitd reads.");
                if (kubernetes)
                {
                    lines.Add("buildkit: the standalone build pod" + (github ? " and the ARC buildkitd sidecar write" : " writes") + " the same buildkitd.toml from BUILDKITD_TOML (an sh wrapper) before buildkitd starts.");
                }

                break;
            case "buildah":
                lines.Add("buildah: the GitLab and GitHub jobs" + (kubernetes ? " and the build pod" : string.Empty) + " write a registries.conf drop-in ([[registry]] docker.io with a [[registry.mirror]]) to ~/.config/containers/registries.conf.d/.");
                break;
            case "kaniko":
                lines.Add("kaniko: --registry-mirror with the mirror's host, in the GitLab and GitHub jobs" + (kubernetes ? " and the build pod." : "."));
                break;
            default:
                lines.Add($"{preset.Strategy.Value}: templates see the mirror as mirror.url and mirror.host; check that the strategy's partials use it.");
                break;
        }

        return lines;
    }
}
