using RunnerGen.Model;

namespace RunnerGen.Policy;

/// <summary>
/// What the successors a strategy's descriptor names (<c>successors</c>) need and cost at a preset's trust level: the
/// one place <c>explain</c> and <c>new</c> take it from. Advice only; no preset's strategy changes.
/// </summary>
public static class SuccessorAdvice
{
    /// <summary>One line per successor (<c>ID: cost</c>), then the descriptor's note; empty when it names none.</summary>
    public static IReadOnlyList<string> Lines(StrategyDefinition strategy, TrustLevel trust, IReadOnlyCollection<RiskId> accepted, StrategyCatalog catalog)
    {
        var lines = Successors(strategy, catalog).Select(s => $"{s.Id}: {Cost(s, trust, accepted)}").ToList();
        if (lines.Count > 0 && strategy.SuccessorNote is { } note)
        {
            lines.Add(note);
        }

        return lines;
    }

    /// <summary>
    /// The same in one line for <c>new</c> (successors that cost the same are named together), pointing to
    /// <c>explain</c>; null when the strategy names no successors.
    /// </summary>
    public static string? OneLine(StrategyDefinition strategy, string presetName, TrustLevel trust, IReadOnlyCollection<RiskId> accepted, StrategyCatalog catalog)
    {
        var groups = Successors(strategy, catalog)
            .GroupBy(s => Cost(s, trust, accepted))
            .Select(g => g.Count() == 1 ? $"{g.First().Id} {g.Key}" : $"{string.Join(", ", g.Select(s => s.Id))} {Plural(g.Key)}")
            .ToList();
        return groups.Count == 0
            ? null
            : $"{strategy.Id} is kept; its maintained successors: {string.Join("; ", groups)} (runnergen explain {presetName} says more).";
    }

    private static IEnumerable<StrategyDefinition> Successors(StrategyDefinition strategy, StrategyCatalog catalog) =>
        strategy.Successors.Select(catalog.Find).OfType<StrategyDefinition>();

    private static string Cost(StrategyDefinition successor, TrustLevel trust, IReadOnlyCollection<RiskId> accepted)
    {
        if (successor.Risks.Count == 0)
        {
            return "needs no risk";
        }

        var risks = string.Join(", ", successor.Risks.Select(r => r.Id()));
        return trust switch
        {
            TrustLevel.Trusted => $"needs {risks}, which trusted presets may have",
            TrustLevel.Internal when successor.Risks.All(accepted.Contains) => $"needs {risks}, which this preset accepts",
            TrustLevel.Internal => $"needs {risks}: accept it with acceptRisks: [{risks}]",
            _ => $"needs {risks}, which untrusted presets cannot accept",
        };
    }

    private static string Plural(string cost) => cost.StartsWith("needs ", StringComparison.Ordinal) ? "need " + cost["needs ".Length..] : cost;
}
