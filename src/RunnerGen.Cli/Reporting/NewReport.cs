using RunnerGen.Generation;
using RunnerGen.Model;
using RunnerGen.Policy;
using RunnerGen.Scaffolding;

namespace RunnerGen.Cli.Reporting;

/// <summary>What <c>new</c> prints: the preset created, the risks it accepts, the schema, then what <c>generate</c> would print.</summary>
/// <param name="Context">Where to print.</param>
/// <param name="Preset">The preset being written.</param>
public sealed record NewReport(CliContext Context, Preset Preset) : IScaffoldProgress
{
    private GenerateReport Generate => new(Context, Quiet: false);

    /// <inheritdoc/>
    public void Created(string full)
    {
        Context.Out.WriteLine($"created {Context.Display(full)}");
        if (SuccessorAdvice.OneLine(StrategyCatalog.Current.Get(Preset.Strategy), Preset.Name, Preset.Trust, Preset.AcceptRisks, StrategyCatalog.Current) is { } successors)
        {
            Context.Out.WriteLine($"successors: {successors}");
        }

        if (Preset.AcceptRisks.Count > 0)
        {
            Context.Out.WriteLine($"accepted risks: {string.Join(", ", Preset.AcceptRisks.Select(r => r.Id()))} (runnergen explain {Preset.Name} says what they mean)");
        }
    }

    /// <inheritdoc/>
    public void SchemaWritten(string full) => Context.Out.WriteLine($"wrote {Context.Display(full)}");

    /// <inheritdoc/>
    public void Leftover(string full) => Generate.Leftover(full);

    /// <inheritdoc/>
    public void BackedUp(string full, string backup) => Generate.BackedUp(full, backup);

    /// <summary>Prints what was decided (a refusal says which --accept-risk would accept it) and returns the exit code.</summary>
    public int Finish(ScaffoldWrite write)
    {
        if (write is not { Rendered: { } result, Gate: { } gate })
        {
            return ExitCodes.UsageError;
        }

        if (gate is { Outcome: WriteOutcome.Refused, Refusals: [var refused, ..] })
        {
            PolicyPrinter.Refusals(Context, gate.Refusals);
            if (refused.Preset.Trust == TrustLevel.Internal && refused.Exceeding.All(f => f.Rule.Risk is not null))
            {
                Context.Error.WriteLine($"runnergen: to accept it, run new again with {string.Join(" ", refused.AcceptableRisks().Select(r => $"--accept-risk {r.Id()}"))} (and the risks already given).");
            }

            return ExitCodes.Refused;
        }

        return Generate.Finish(result, gate);
    }
}
