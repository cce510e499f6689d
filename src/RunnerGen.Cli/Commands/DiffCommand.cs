using System.CommandLine;
using System.Text;
using RunnerGen.Diagnostics;
using RunnerGen.Generation;
using RunnerGen.Output;
using RunnerGen.Review;

namespace RunnerGen.Cli.Commands;

/// <summary>
/// <c>runnergen diff --base REF</c>: render the presets and templates as they are at a git revision and as they are now,
/// and show what changed in the generated files and what it means for security.
/// </summary>
public static class DiffCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var baseRef = new Option<string>("--base") { Description = "Git revision to compare with (a branch, tag or commit).", Required = true, HelpName = "REF" };
        var presets = CommonOptions.Presets();
        var output = CommonOptions.Out();
        var templates = CommonOptions.Templates();
        var format = FormatOption.Create("text", "markdown");
        var failOnRisk = new Option<bool>("--fail-on-risk-increase") { Description = "Exit 1 when risk rises: a new medium or high finding, a lower Pod Security level, a higher trust level, a newly accepted risk, or a refused preset." };
        var command = new Command("diff", "Show how the generated files change between a git revision and now, security summary first. Writes nothing.")
        {
            baseRef, presets, output, templates, format, failOnRisk,
        };
        command.SetAction(r => Run(context, r.GetValue(baseRef)!, r.GetValue(presets)!, r.GetValue(output)!, r.GetValue(templates)!, r.GetValue(format)!, r.GetValue(failOnRisk)));
        return command;
    }

    private static int Run(CliContext context, string baseRef, string presetsDir, string outDir, string templatesDir, string format, bool failOnRisk)
    {
        var outDisplay = outDir.TrimEnd('/');
        if (PresetRun.Render(context, presetsDir, templatesDir, [], outDir) is not { } now)
        {
            return ExitCodes.UsageError;
        }

        var before = RenderAt(context, GitRevision.Open(context.WorkingDirectory, baseRef), baseRef, presetsDir, templatesDir, outDisplay);
        var report = ReviewReport.Compare(before, now);
        context.Out.Write(format == "markdown" ? Markdown(report, baseRef, outDisplay) : Text(report, baseRef, outDisplay));
        return failOnRisk && report.RiskIncreased ? ExitCodes.Refused : ExitCodes.Success;
    }

    private static GenerationResult RenderAt(CliContext context, GitRevision revision, string baseRef, string presetsDir, string templatesDir, string outDisplay)
    {
        var presets = new RevisionFolder(context.Resolve(presetsDir), context.Display(context.Resolve(presetsDir)));
        var result = RevisionRenderer.Render(revision, baseRef, presets, new RevisionFolder(context.Resolve(templatesDir), templatesDir), outDisplay);
        if (result.Diagnostics.HasErrors)
        {
            context.Error.WriteLine($"runnergen: warning: the presets at {baseRef} do not render; comparing with an empty base.");
            DiagnosticPrinter.Print(context.Error, [.. result.Diagnostics.Sorted().Select(d => d with { Severity = Severity.Warning })]);
            return new GenerationResult([], [], [], new DiagnosticBag());
        }

        return result;
    }

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
