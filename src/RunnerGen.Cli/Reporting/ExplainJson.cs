using RunnerGen.Policy;
using RunnerGen.Presets;
using RunnerGen.Model;

namespace RunnerGen.Cli.Reporting;

/// <summary><c>explain --format json</c>: the explanation as JSON.</summary>
public static class ExplainJson
{
    /// <summary>The explanation as JSON.</summary>
    public static string Write(PresetVerdict verdict)
    {
        var preset = verdict.Preset;
        var definition = StrategyCatalog.Current.Get(preset.Strategy);
        return Json.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("preset", preset.Name);
            w.WriteString("sourceFile", preset.SourceFile);
            w.WriteString("trust", preset.Trust.Id());
            w.WriteString("strategy", definition.Id);
            w.WriteString("strategySummary", definition.Summary);
            w.WriteString("executor", preset.Executor.Id());
            WriteArray(w, "platforms", preset.Platforms.Select(p => p.Id()));
            WriteArray(w, "outputs", ExplainText.Outputs(preset));
            if (BuildFeatureAdvice.Lines(preset, definition) is { Count: > 0 } build)
            {
                WriteArray(w, "build", build);
            }

            WriteArray(w, "requires", ExplainText.Requires(verdict).Select(r => r.Id()));
            WriteArray(w, "acceptRisks", preset.AcceptRisks.Select(r => r.Id()));
            ExplainSettings.WriteJson(w, preset);
            w.WriteStartArray("pods");
            foreach (var pod in verdict.Pods)
            {
                Json.Pod(w, pod);
            }

            w.WriteEndArray();
            w.WriteStartArray("findings");
            foreach (var finding in verdict.Findings)
            {
                Json.Finding(w, finding, finding.Status(preset.Trust, preset.AcceptRisks));
            }

            w.WriteEndArray();
            w.WriteString("verdict", verdict.Refused ? "refused" : "allowed");
            WriteArray(w, "alternatives", StrategyCatalog.Current.SafeAt(preset.Trust).Select(s => s.Id));
            WriteArray(w, "successors", SuccessorAdvice.Lines(definition, preset.Trust, preset.AcceptRisks, StrategyCatalog.Current));
            WriteArray(w, "isolation", IsolationAdvice.Lines(preset));
            WriteArray(w, "vmIsolation", VmIsolationAdvice.Lines(preset));
            WriteArray(w, "signing", SupplyChainAdvice.Signing(preset));
            WriteArray(w, "mirror", SupplyChainAdvice.Mirror(preset));
            w.WriteEndObject();
        });
    }

    private static void WriteArray(System.Text.Json.Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
