using System.Text.RegularExpressions;
using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>
/// Findings in a .gitlab-ci.yml: registry credentials and registry cache writes handed to jobs
/// (<see cref="ThreatRules.PushCredentials"/>), and signing identities (<see cref="ThreatRules.SigningIdentity"/>). Variables named <c>QUARANTINE_*</c> hold credentials that can push only
/// to a preset's quarantine repository and are not reported.
/// </summary>
public static partial class GitlabCiRules
{
    private static readonly string[] Keywords = ["stages", "include", "workflow", "spec"];
    private static readonly string[] Scripts = ["before_script", "script", "after_script"];

    /// <summary>Adds the file's findings to <paramref name="findings"/>.</summary>
    public static void Check(YMapping pipeline, List<Finding> findings)
    {
        foreach (var entry in pipeline.Entries.Where(e => !Keywords.Contains(e.Key)))
        {
            var name = entry.Key;
            if (name == "variables")
            {
                Variables("the pipeline", entry.Value as YMapping, findings);
                continue;
            }

            if (entry.Value is not YMapping job)
            {
                continue;
            }

            Variables($"job '{name}'", job.Map("variables"), findings);
            if (job.Find("id_tokens") is { } idTokens)
            {
                findings.Add(new(ThreatRules.SigningIdentity, idTokens.KeyLocation, $"job '{name}' gets OIDC id_tokens (a signing identity)."));
            }

            foreach (var script in Scripts.SelectMany(s => job[s] switch
            {
                YScalar one => [one],
                YSequence many => many.Items.OfType<YScalar>(),
                _ => [],
            }))
            {
                if (CredentialReference().Match(script.Value) is { Success: true } credential)
                {
                    findings.Add(new(ThreatRules.PushCredentials, script.Location, $"job '{name}' reads {credential.Value} in its script."));
                }

                if (CacheWrites.InCommand().Match(script.Value) is { Success: true } write)
                {
                    findings.Add(new(ThreatRules.PushCredentials, script.Location, $"job '{name}' writes a registry cache ({write.Value})."));
                }
            }
        }
    }

    private static void Variables(string owner, YMapping? variables, List<Finding> findings)
    {
        foreach (var variable in variables?.Entries ?? [])
        {
            if (variable.Key.StartsWith("QUARANTINE_", StringComparison.Ordinal))
            {
                continue;
            }

            var value = variable.Value switch
            {
                YScalar s => s.Value,
                YMapping m => m.Text("value") ?? string.Empty,
                _ => string.Empty,
            };
            if (CredentialName().IsMatch(variable.Key) && value.Length > 0 || CredentialReference().IsMatch(value))
            {
                findings.Add(new(ThreatRules.PushCredentials, variable.KeyLocation, $"{owner} sets the credential variable {variable.Key}."));
            }
        }
    }

    [GeneratedRegex(@"\$\{?(CI_REGISTRY_PASSWORD|CI_DEPLOY_PASSWORD|CI_JOB_TOKEN|DOCKER_AUTH_CONFIG|REGISTRY_PASSWORD)\b")]
    private static partial Regex CredentialReference();

    [GeneratedRegex(@"(PASSWORD|TOKEN|SECRET|DOCKER_AUTH_CONFIG)$")]
    private static partial Regex CredentialName();
}
