using System.Text;
using RunnerGen.Output;
using RunnerGen.Review;

namespace RunnerGen.Cli.Reporting;

/// <summary>How <c>runnergen diff</c> prints a <see cref="ReviewReport"/>: plain text, or markdown for a pull-request comment.</summary>
public static class ReviewText
{
    /// <summary>The report as plain text.</summary>
    public static string Text(ReviewReport report, string baseRef, string outDisplay)
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
            s.Append(UnifiedDiff.Of($"{outDisplay}/{file.Path}", file.Before, file.After));
        }

        return s.ToString();
    }

    /// <summary>The report as a pull-request comment: summary first, one collapsible diff per file.</summary>
    public static string Markdown(ReviewReport report, string baseRef, string outDisplay)
    {
        var s = new StringBuilder();
        s.Append("## runnergen: generated changes against `").Append(baseRef.Replace("`", string.Empty, StringComparison.Ordinal)).Append("`\n\n");
        s.Append("### Security summary\n\n");
        if (report.Security.Count == 0 && report.Refused.Count == 0)
        {
            s.Append("No security-relevant change.\n");
        }

        foreach (var change in report.Security)
        {
            s.Append("- ").Append(change.RaisesRisk ? "**risk up** " : string.Empty).Append('`').Append(change.Preset).Append("`: ").Append(Escape(change.Text)).Append('\n');
        }

        foreach (var preset in report.Refused)
        {
            s.Append("- **refused** `").Append(preset).Append("`: exceeds its trust level; `runnergen generate` would refuse it\n");
        }

        s.Append("\n### Files (").Append(report.Files.Count).Append(")\n");
        foreach (var file in report.Files)
        {
            var path = $"{outDisplay}/{file.Path}";
            var diff = UnifiedDiff.Of(path, file.Before, file.After);
            var fence = new string('`', Math.Max(3, LongestRun(diff, '`') + 1));
            var state = file.Before is null ? "added" : file.After is null ? "removed" : "changed";
            s.Append("\n<details><summary><code>").Append(System.Net.WebUtility.HtmlEncode(path)).Append("</code> (").Append(state).Append(")</summary>\n\n");
            s.Append(fence).Append("diff\n").Append(diff).Append(fence).Append("\n\n</details>\n");
        }

        return s.ToString();
    }

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static int LongestRun(string text, char c)
    {
        int longest = 0, current = 0;
        foreach (var ch in text)
        {
            current = ch == c ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }
}
