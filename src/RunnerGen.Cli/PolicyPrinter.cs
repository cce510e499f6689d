using RunnerGen.Model;
using RunnerGen.Policy;
using RunnerGen.Presets;

namespace RunnerGen.Cli;

/// <summary>Prints findings and refusals for people.</summary>
public static class PolicyPrinter
{
    /// <summary>One finding, compiler style, with why and instead on the next lines.</summary>
    public static void Finding(TextWriter writer, Finding finding, bool exceeds, ErrorFormat format = ErrorFormat.Msbuild, Paint? paint = null)
    {
        paint ??= new Paint(false);
        writer.WriteLine($"{DiagnosticPrinter.Location(finding.Location, format)}: {(exceeds ? paint.Red("error") : paint.Yellow("warning"))} {finding.Rule.Id} {finding.Rule.Name}: {finding.What}");
        if (exceeds)
        {
            writer.WriteLine($"    why: {finding.Rule.Why}");
            writer.WriteLine($"    instead: {finding.Rule.Instead}");
        }
    }

    /// <summary>Why each refused preset was refused, and what would meet its trust level.</summary>
    public static void Refusals(CliContext context, IReadOnlyList<PresetVerdict> refusals)
    {
        var error = context.Error;
        foreach (var verdict in refusals)
        {
            foreach (var finding in verdict.Exceeding)
            {
                Finding(error, finding, exceeds: true, context.ErrorFormat, Paint.For(context));
            }

            error.WriteLine($"runnergen: refused preset '{verdict.Preset.Name}' ({verdict.Preset.SourceFile}): {verdict.Exceeding.Count} finding(s) give {verdict.Preset.Trust.Id()} pipelines more than they may have.");
            error.WriteLine($"  {verdict.Alternatives()}");
        }

        error.WriteLine("runnergen: nothing was written.");
    }
}
