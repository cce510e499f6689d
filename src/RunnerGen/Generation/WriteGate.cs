using RunnerGen.Output;

namespace RunnerGen.Generation;

/// <summary>
/// The write gate: nothing is written unless every preset passes the policy and no file is in the way; then the plan is
/// carried out under the output folder's lock, after removing temporary files a killed run left.
/// </summary>
public static class WriteGate
{
    /// <summary>Checks, plans and writes; the output folder is locked from planning to the last write (one writer at a time).</summary>
    /// <param name="display">How a full path is shown to the user.</param>
    public static GatedWrite Write(GenerationResult result, string outRoot, bool allPresets, bool force, Func<string, string> display, IWriteProgress progress)
    {
        if (result.Refusals.Count > 0)
        {
            return Refused(result);
        }

        Directory.CreateDirectory(outRoot);
        using var held = OutputLock.Acquire(outRoot, display(outRoot));
        var checkedWrite = Check(result, outRoot, allPresets, force, display);
        return checkedWrite.Plan is { } plan ? Commit(plan, force, display, progress, held) : checkedWrite;
    }

    /// <summary>
    /// What else can stop a run, checked before anything is written (preset and template errors were checked while
    /// rendering): policy refusals, files edited by hand or not written by runnergen. Writes nothing.
    /// </summary>
    public static GatedWrite Check(GenerationResult result, string outRoot, bool allPresets, bool force, Func<string, string> display)
    {
        if (result.Refusals.Count > 0)
        {
            return Refused(result);
        }

        var plan = OutputPlan.Create(outRoot, result.Files, [.. result.Presets.Select(p => p.Name)], allPresets, display);
        if (!force && OutputWriter.Conflicts(plan, p => display(Path.Combine(outRoot, p))) is { Count: > 0 } conflicts)
        {
            return new GatedWrite(WriteOutcome.Conflicts, [], conflicts, null, []);
        }

        return new GatedWrite(WriteOutcome.Planned, [], [], plan, []);
    }

    /// <summary>Carries out a plan; takes the folder's lock unless <paramref name="held"/>.</summary>
    public static GatedWrite Commit(OutputPlan plan, bool force, Func<string, string> display, IWriteProgress progress, OutputLock? held = null)
    {
        Directory.CreateDirectory(plan.Root);
        using var taken = held is null ? OutputLock.Acquire(plan.Root, display(plan.Root)) : null;
        foreach (var leftover in OutputWriter.RemoveLeftovers(plan.Root, everywhere: plan.Manifest.Reconciled))
        {
            progress.Leftover(leftover);
        }

        var made = OutputWriter.Apply(plan, force, display, progress.BackedUp);
        return new GatedWrite(WriteOutcome.Written, [], [], plan, made);
    }

    private static GatedWrite Refused(GenerationResult result) => new(WriteOutcome.Refused, result.Refusals, [], null, []);
}
