using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Policy;
using RunnerGen.Policy.PodSecurity;
using RunnerGen.Tests.Support;
using RunnerGen.Yaml;

namespace RunnerGen.Tests.Policy;

/// <summary>
/// The Kubernetes project's own Pod Security Admission fixtures (copied into <c>Conformance/pod-security-admission</c>,
/// with their licence and origin): every pod must get the verdict its folder names, for every policy version present.
/// </summary>
public sealed class PodSecurityConformanceTests
{
    private static string Fixtures => Path.Combine(RepoPaths.TestProject, "Conformance", "pod-security-admission");

    public static TheoryData<string, int> Folders()
    {
        var data = new TheoryData<string, int>();
        foreach (var level in new[] { "baseline", "restricted" })
        {
            foreach (var version in Directory.GetDirectories(Path.Combine(Fixtures, level)).Select(Path.GetFileName).Order(StringComparer.Ordinal))
            {
                data.Add(level, int.Parse(version!["v1.".Length..], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return data;
    }

    [Fact]
    public void The_fixtures_include_the_latest_policy_version()
    {
        Assert.Contains(Folders(), row => (int)row[1] == PodSecurityEvaluator.LatestMinor);
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_fixture_gets_the_verdict_its_folder_names(string level, int minor)
    {
        var expectedLevel = level == "baseline" ? PodSecurityLevel.Baseline : PodSecurityLevel.Restricted;
        var wrong = new List<string>();
        var count = 0;
        foreach (var verdict in new[] { "pass", "fail" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Fixtures, level, $"v1.{minor}", verdict), "*.yaml").Order(StringComparer.Ordinal))
            {
                count++;
                var diagnostics = new DiagnosticBag();
                var pod = (YMapping)YamlDocumentLoader.Load(File.ReadAllText(file), Path.GetFileName(file), diagnostics)!;
                var result = PodSecurityEvaluator.Evaluate(pod, minor);
                if (result.Meets(expectedLevel) != (verdict == "pass"))
                {
                    var violations = expectedLevel == PodSecurityLevel.Baseline ? result.Baseline : result.Restricted;
                    wrong.Add($"{verdict}/{Path.GetFileName(file)}: {string.Join("; ", violations.Select(v => $"{v.CheckId}: {v.Message}"))}");
                }
            }
        }

        Assert.True(count > 20, $"only {count} fixtures found");
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {count} fixtures got the wrong verdict at {level} v1.{minor}:\n" + string.Join("\n", wrong));
    }
}
