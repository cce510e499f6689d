using System.CommandLine;
using RunnerGen.Cli.Reporting;
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
        var templates = CommonOptions.Templates();
        var format = FormatOption.Create("text", "markdown");
        var stat = CommonOptions.Stat();
        var failOnRisk = new Option<bool>("--fail-on-risk-increase") { Description = "Exit 1 when risk rises: a new medium or high finding, a lower Pod Security level, a higher trust level, a newly accepted risk, or a refused preset." };
        var command = new Command("diff", "Show how the generated files change between a git revision and now, security summary first. Writes nothing; files are named below generated/.")
        {
            baseRef, presets, templates, format, stat, failOnRisk,
        };
        command.SetAction(r => Run(context, r.GetValue(baseRef)!, r.GetValue(presets)!, r.GetValue(templates)!, r.GetValue(format)!, r.GetValue(stat), r.GetValue(failOnRisk)));
        return command;
    }

    private static int Run(CliContext context, string baseRef, string presetsDir, string templatesDir, string format, bool stat, bool failOnRisk)
    {
        const string outDisplay = "generated";
        if (PresetRun.Render(context, presetsDir, templatesDir, [], outDisplay) is not { } now)
        {
            return ExitCodes.UsageError;
        }

        var before = RenderAt(context, GitRevision.Open(context.WorkingDirectory, baseRef), baseRef, presetsDir, templatesDir, outDisplay);
        var report = ReviewReport.Compare(before, now);
        context.Out.Write(format == "markdown" ? DiffMarkdown.Write(report, baseRef, outDisplay, stat) : DiffText.Write(report, baseRef, outDisplay, stat));
        return failOnRisk && report.RiskIncreased ? ExitCodes.Refused : ExitCodes.Success;
    }

    private static GenerationResult RenderAt(CliContext context, GitRevision revision, string baseRef, string presetsDir, string templatesDir, string outDisplay)
    {
        var presets = new RevisionFolder(context.Resolve(presetsDir), context.Display(context.Resolve(presetsDir)));
        var result = RevisionRenderer.Render(revision, baseRef, presets, new RevisionFolder(context.Resolve(templatesDir), templatesDir), outDisplay);
        if (result.Diagnostics.HasErrors)
        {
            context.Error.WriteLine($"runnergen: warning: the presets at {baseRef} do not render; comparing with an empty base.");
            DiagnosticPrinter.Print(context, [.. result.Diagnostics.Sorted().Select(d => d with { Severity = Severity.Warning })]);
            return new GenerationResult([], [], [], new DiagnosticBag());
        }

        return result;
    }
}
