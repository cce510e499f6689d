using System.CommandLine;
using RunnerGen.Cli.Reporting;
using RunnerGen.Diagnostics;
using RunnerGen.Generation;
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
        context.Out.Write(format == "markdown" ? ReviewText.Markdown(report, baseRef, outDisplay) : ReviewText.Text(report, baseRef, outDisplay));
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
}
