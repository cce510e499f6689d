using System.Text;
using RunnerGen.Output;
using RunnerGen.Review;

namespace RunnerGen.Cli.Reporting;

/// <summary>
/// <c>diff --format markdown</c>: a pull-request comment, summary first, one collapsible diff per file. Plain markdown:
/// text is escaped only where markdown would read it as markup (a quote stays a quote).
/// </summary>
public static class DiffMarkdown
{
    /// <summary>The report as markdown.</summary>
    public static string Write(ReviewReport report, string baseRef, string outDisplay, bool stat = false)
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
            s.Append("- ").Append(change.RaisesRisk ? "**risk up** " : string.Empty).Append(Code(change.Preset)).Append(": ").Append(Escape(change.Text)).Append('\n');
        }

        foreach (var preset in report.Refused)
        {
            s.Append("- **refused** ").Append(Code(preset)).Append(": exceeds its trust level; `runnergen generate` would refuse it\n");
        }

        s.Append("\n### Files (").Append(report.Files.Count).Append(")\n");
        if (stat)
        {
            s.Append('\n');
        }

        foreach (var file in report.Files)
        {
            var path = $"{outDisplay}/{file.Path}";
            var state = file.Before is null ? "added" : file.After is null ? "removed" : "changed";
            if (stat)
            {
                s.Append("- ").Append(Code(path)).Append(" (").Append(state).Append(") ").Append(DiffStat.Of(file.Before, file.After)).Append('\n');
                continue;
            }

            var diff = UnifiedDiff.Of(path, file.Before, file.After);
            var fence = new string('`', Math.Max(3, LongestRun(diff, '`') + 1));
            s.Append("\n<details><summary><code>").Append(Html(path)).Append("</code> (").Append(state).Append(")</summary>\n\n");
            s.Append(fence).Append("diff\n").Append(diff).Append(fence).Append("\n\n</details>\n");
        }

        return s.ToString();
    }

    /// <summary>Backslash-escapes the characters markdown reads as markup; everything else (quotes too) stays as it is.</summary>
    public static string Escape(string text)
    {
        var s = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                s.Append('\\');
            }

            s.Append(c);
        }

        return s.ToString();
    }

    private static string Code(string text)
    {
        var fence = new string('`', LongestRun(text, '`') + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return fence + pad + text + pad + fence;
    }

    // Inside raw HTML (<code>): only what HTML itself needs.
    private static string Html(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

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
