using RunnerGen.Audit;
using RunnerGen.Model;
using RunnerGen.Presets;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Policy;

/// <summary>
/// The audit corpus (Policy/Corpus): every file with the findings and diagnostics written down for it in
/// expectations.txt, audited alone at trust level untrusted.
/// </summary>
public sealed class AuditCorpusTests
{
    private static string Corpus => Path.Combine(RepoPaths.TestProject, "Policy", "Corpus");

    public static TheoryData<string> Files => [.. Expectations().Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_file_gets_exactly_its_expected_findings(string file)
    {
        var (exit, expected) = Expectations()[file];

        var report = Auditor.Run(new AuditRequest([file], Corpus, TrustLevel.Untrusted, [], Strict: false));

        var actual = report.Findings.Select(f => $"{f.Finding.Rule.Id}@{f.Finding.Location.Line}")
            .Concat(report.Diagnostics.Select(d => d.Location.Line > 0 ? $"{d.Id}@{d.Location.Line}" : d.Id))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual);
        Assert.Equal(exit, report.Outcome switch { AuditOutcome.InputError => 2, AuditOutcome.Exceeds => 1, _ => 0 });
        Assert.All(report.Findings, f => Assert.Equal(file, f.Finding.Location.File));
    }

    [Fact]
    public void Every_corpus_file_has_expectations()
    {
        var files = Directory.GetFiles(Corpus).Select(Path.GetFileName).Where(f => f != "expectations.txt").Order(StringComparer.Ordinal);

        Assert.Equal(files, Expectations().Keys.Order(StringComparer.Ordinal));
    }

    private static Dictionary<string, (int Exit, string[] Expected)> Expectations() =>
        File.ReadAllLines(Path.Combine(Corpus, "expectations.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('|'))
            .ToDictionary(
                p => p[0].Trim(),
                p => (int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture), p[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
}
