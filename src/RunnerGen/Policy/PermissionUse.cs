using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>
/// Whether a job does something that needs a write scope of its token: judged by its steps (the actions it uses
/// and the commands it runs), not by what kind of workflow it is. A step that can use the token for anything
/// (actions/github-script, <c>gh api</c>) counts for every scope.
/// </summary>
public static class PermissionUse
{
    private static readonly Dictionary<string, string[]> Signs = new(StringComparer.Ordinal)
    {
        ["contents"] = ["git push", "git tag", "gh release", "softprops/action-gh-release", "ncipollo/release-action", "actions/create-release", "actions/upload-release-asset", "stefanzweifel/git-auto-commit-action", "EndBug/add-and-commit", "peter-evans/create-pull-request", "googleapis/release-please-action", "google-github-actions/release-please-action", "changesets/action", "peaceiris/actions-gh-pages", "JamesIves/github-pages-deploy-action", "goreleaser/goreleaser-action", "semantic-release", "cycjimmy/semantic-release-action", "actions/dependency-review-action", "advanced-security/", "dependency-submission"],
        ["pull-requests"] = ["gh pr ", "peter-evans/create-pull-request", "peter-evans/create-or-update-comment", "marocchino/sticky-pull-request-comment", "thollander/actions-comment-pull-request", "actions/labeler", "amannn/action-semantic-pull-request", "dependabot/fetch-metadata", "reviewdog/", "actions/stale", "actions/first-interaction"],
        ["issues"] = ["gh issue ", "peter-evans/create-or-update-comment", "peter-evans/create-issue-from-file", "actions/stale", "actions/first-interaction", "dessant/lock-threads", "JasonEtco/create-an-issue"],
        ["packages"] = ["docker push", "buildah push", "podman push", "crane push", "skopeo copy", "oras push", "--push", "push=true", "--destination", "docker/login-action", "docker/build-push-action", "redhat-actions/push-to-registry", "ghcr.io", "npm publish", "nuget push", "mvn deploy", "gradle publish", "publish"],
        ["id-token"] = ["sigstore", "cosign", "attest", "aws-actions/configure-aws-credentials", "google-github-actions/auth", "azure/login", "pypa/gh-action-pypi-publish", "id-token", "ACTIONS_ID_TOKEN", "npm publish", "oidc"],
        ["attestations"] = ["actions/attest", "attest"],
        ["security-events"] = ["github/codeql-action", "upload-sarif", "sarif"],
        ["pages"] = ["actions/deploy-pages"],
        ["deployments"] = ["deploy", "environment"],
        ["statuses"] = ["status"],
        ["checks"] = ["check", "test-reporter", "report"],
        ["actions"] = ["gh run ", "gh workflow ", "gh cache ", "actions/cache", "cache"],
        ["discussions"] = ["discussion"],
    };

    private static readonly string[] GeneralTokenUse = ["actions/github-script", "gh api", "octokit", "GITHUB_TOKEN", "github.token"];

    /// <summary>True when some step of <paramref name="job"/> appears to need <paramref name="scope"/>: write.</summary>
    public static bool Uses(YMapping job, string scope)
    {
        var steps = job.Items("steps").OfType<YMapping>().ToList();
        if (job["uses"] is not null)
        {
            return true; // a reusable workflow: what it does is in another file
        }

        var texts = steps.SelectMany(Texts).Concat(Values(job.Map("env"))).Concat(Values(job.Map("container").Map("env"))).ToList();
        if (texts.Any(t => GeneralTokenUse.Any(g => t.Contains(g, StringComparison.OrdinalIgnoreCase))))
        {
            return true;
        }

        // A scope runnergen has no signs for may be used by any third-party action.
        return Signs.TryGetValue(scope, out var signs)
            ? texts.Any(t => signs.Any(s => t.Contains(s, StringComparison.OrdinalIgnoreCase)))
            : steps.Any(s => s.Text("uses") is { } uses && !uses.StartsWith("actions/", StringComparison.Ordinal) && !uses.StartsWith("./", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Texts(YMapping step)
    {
        if (step.Text("uses") is { } uses)
        {
            yield return uses;
        }

        if (step.Text("run") is { } run)
        {
            yield return run;
        }

        foreach (var text in Values(step.Map("with")).Concat(Values(step.Map("env"))))
        {
            yield return text;
        }
    }

    private static IEnumerable<string> Values(YMapping? map) =>
        (map?.Entries ?? []).Where(e => e.Value is YScalar).Select(e => $"{e.Key}: {((YScalar)e.Value).Value}");
}
