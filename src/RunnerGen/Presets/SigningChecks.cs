using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Yaml;

namespace RunnerGen.Presets;

/// <summary>
/// <c>image.sign: keyless</c> where it must not or cannot run: below trusted, or with Kaniko.
/// </summary>
public static class SigningChecks
{
    /// <summary>Reports each problem at its key.</summary>
    public static void Check(Preset preset, YMapping root, DiagnosticBag diagnostics)
    {
        if (!preset.Image.SignKeyless)
        {
            return;
        }

        var at = (root[PresetKeys.Image] as YMapping)?[PresetKeys.Sign]?.Location ?? root.Location;
        if (preset.Trust != TrustLevel.Trusted)
        {
            diagnostics.Error(DiagnosticIds.SigningNeedsTrusted, at,
                $"image.sign: keyless needs trust: trusted; a {preset.Trust.Id()} job that gets the CI's OIDC identity lets its code sign any image as this project ({(preset.Trust == TrustLevel.Untrusted ? "untrusted code comes from anyone" : "internal jobs run unreviewed branches, and verifiers that check only the project accept their signatures")}).",
                "Sign in a trusted preset (protected refs only), or set image.sign: none.");
        }

        if (preset.Strategy.Value == "kaniko")
        {
            diagnostics.Error(DiagnosticIds.SigningUnsupported, at,
                "image.sign: keyless cannot run in a Kaniko job: the -debug image has no downloader that can fetch cosign reliably (busybox wget), and files it leaves outside /kaniko may be replaced by the build.",
                "Use strategy buildkit or buildah, which sign the pushed digest in the job that built it.");
        }
    }
}
