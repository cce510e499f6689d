using System.Text;
using RunnerGen.Output;
using RunnerGen.Review;

namespace RunnerGen.Cli.Reporting;

/// <summary><c>diff --format text</c>: the security summary, then a unified diff (or, with <c>--stat</c>, one line) per file.</summary>
public static class DiffText
{
    /// <summary>The report as plain text.</summary>
    public static string Write(ReviewReport report, string baseRef, string outDisplay, bool stat = false)
    {
        var s = new StringBuilder();
        s.Append("Security summary (").Append(baseRef).Append(" -> now)\n");
        if (report.Security.Count == 0 && report.Refused.Count == 0)
        {
            s.Append("  no security-relevant change\n");
        }

        foreach (var change in report.Security)
        {
            s.Append(change.RaisesRisk ? "  [risk up] " : "  ").Append(change.Preset).Append(": ").Append(change.Text).Append('\n');
        }

        foreach (var preset in report.Refused)
        {
            s.Append("  [refused] ").Append(preset).Append(": exceeds its trust level; generate would refuse it\n");
        }

        s.Append('\n').Append(report.Files.Count).Append(" generated file(s) change\n");
        foreach (var file in report.Files)
        {
            var path = $"{outDisplay}/{file.Path}";
            s.Append(stat ? $"  {path} {DiffStat.Of(file.Before, file.After)}\n" : UnifiedDiff.Of(path, file.Before, file.After));
        }

        return s.ToString();
    }
}
