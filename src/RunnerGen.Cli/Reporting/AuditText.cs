using RunnerGen.Audit;
using RunnerGen.Model;
using RunnerGen.Policy;
using RunnerGen.Presets;

namespace RunnerGen.Cli.Reporting;

/// <summary>An audit for people: pod levels, findings compiler style, and a summary line.</summary>
public static class AuditText
{
    /// <summary>Writes <paramref name="report"/> (diagnostics go to the error stream, not here).</summary>
    public static void Write(TextWriter output, AuditReport report, ErrorFormat format = ErrorFormat.Msbuild, Paint? paint = null)
    {
        foreach (var pod in report.Pods)
        {
            output.WriteLine($"{DiagnosticPrinter.Location(pod.Location, format)}: {pod.Name} meets Pod Security level {pod.Result.Level.ToString().ToLowerInvariant()}.");
        }

        foreach (var finding in report.Findings)
        {
            PolicyPrinter.Finding(output, finding.Finding, finding.Status == FindingStatus.Exceeds, format, paint);
        }

        var skipped = report.Files.Count(f => f.State == AuditFileState.Skipped);
        var failed = report.Files.Count(f => f.State == AuditFileState.Failed);
        var rest = skipped + failed == 0 ? string.Empty : $" Not audited: {skipped} skipped, {failed} with errors.";
        output.WriteLine($"{report.AuditedCount} file(s), {report.Findings.Count} finding(s), {report.ExceedingCount} exceed what {report.Trust.Id()} pipelines may have.{rest}");
    }
}
