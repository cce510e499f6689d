using RunnerGen.Generation;
using RunnerGen.Output;

namespace RunnerGen.Cli.Reporting;

/// <summary>What <c>generate</c> prints: a line per file written or removed (not with <c>--quiet</c>), every backup and leftover, and a summary.</summary>
/// <param name="Context">Where to print.</param>
/// <param name="Quiet">Only the summary (and backups, which the user must know about), no line per file.</param>
public sealed record GenerateReport(CliContext Context, bool Quiet) : IWriteProgress
{
    /// <summary>Prints what the write gate decided (refusals, conflicts, or the files written and the counts) and returns the exit code.</summary>
    public int Finish(GenerationResult result, GatedWrite write)
    {
        switch (write.Outcome)
        {
            case WriteOutcome.Refused:
                PolicyPrinter.Refusals(Context, write.Refusals);
                return ExitCodes.Refused;
            case WriteOutcome.Conflicts:
                DiagnosticPrinter.Print(Context, write.Conflicts);
                return ExitCodes.UsageError;
            default:
                Summary(result, write.Plan!, write.Changes);
                return ExitCodes.Success;
        }
    }

    /// <summary>A temporary file an interrupted run left, now removed.</summary>
    public void Leftover(string full)
    {
        if (!Quiet)
        {
            Context.Out.WriteLine($"removed leftover temporary file {Context.Display(full)} (from an interrupted run)");
        }
    }

    /// <summary>A file <c>--force</c> replaces or removes, and where its old content is kept.</summary>
    public void BackedUp(string full, string backup) =>
        Context.Out.WriteLine($"kept a backup of {Context.Display(full)} as {Context.Display(backup)}");

    /// <summary>The files written and removed, then the counts.</summary>
    public void Summary(GenerationResult result, OutputPlan plan, IReadOnlyList<FileChange> made)
    {
        if (!Quiet)
        {
            foreach (var change in made)
            {
                Context.Out.WriteLine($"{(change.Rendered is null ? "removed" : "wrote")} {Context.Display(Path.Combine(plan.Root, change.Path))}");
            }
        }

        var written = made.Count(c => c.Rendered is not null);
        var removed = made.Count - written;
        Context.Out.WriteLine($"{result.Presets.Count} preset(s), {result.Files.Count} file(s): {written} written, {result.Files.Count - written} unchanged{(removed > 0 ? $", {removed} stale removed" : string.Empty)}.");
    }
}
