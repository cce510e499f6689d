using System.Globalization;
using System.Text.Json;
using RunnerGen.Policy;

namespace RunnerGen.Cli.Reporting;

/// <summary>JSON written field by field (no reflection, NativeAOT-safe), indented, LF, stable order.</summary>
public static class Json
{
    /// <summary>Runs <paramref name="write"/> against a writer and returns the text with a final newline.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(text, write);
        return text.ToString();
    }

    /// <summary>
    /// Runs <paramref name="write"/> against a writer that passes its bytes on to <paramref name="output"/> as it goes
    /// (a large document is never held whole in memory), then writes a final newline.
    /// </summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new TextWriterBufferWriter(output);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            write(writer);
        }

        buffer.Flush();
        output.Write('\n');
    }

    /// <summary>One finding as an object.</summary>
    public static void Finding(Utf8JsonWriter w, Finding finding, FindingStatus status)
    {
        w.WriteStartObject();
        w.WriteString("id", finding.Rule.Id);
        w.WriteString("rule", finding.Rule.Name);
        w.WriteString("severity", finding.Rule.Severity.ToString().ToLowerInvariant());
        w.WriteString("status", status.ToString().ToLowerInvariant());
        w.WriteString("file", finding.Location.File);
        w.WriteNumber("line", finding.Location.Line);
        w.WriteNumber("column", finding.Location.Column);
        w.WriteString("what", finding.What);
        w.WriteString("why", finding.Rule.Why);
        w.WriteString("instead", finding.Rule.Instead);
        if (finding.Rule.Risk is { } risk)
        {
            w.WriteString("risk", Model.EnumIds.Id(risk));
        }

        w.WriteEndObject();
    }

    /// <summary>An audit: trust, outcome, files, pods, findings and diagnostics.</summary>
    public static void Audit(Utf8JsonWriter w, Audit.AuditReport report)
    {
        w.WriteStartObject();
        w.WriteString("trust", Model.EnumIds.Id(report.Trust));
        w.WriteString("outcome", report.Outcome switch { RunnerGen.Audit.AuditOutcome.InputError => "input-error", RunnerGen.Audit.AuditOutcome.Exceeds => "exceeds", _ => "clean" });
        w.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            AuditedFile(w, file);
        }

        w.WriteEndArray();
        w.WriteStartArray("pods");
        foreach (var pod in report.Pods)
        {
            Pod(w, pod);
        }

        w.WriteEndArray();
        w.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            Finding(w, finding.Finding, finding.Status);
        }

        w.WriteEndArray();
        w.WriteStartArray("diagnostics");
        foreach (var diagnostic in report.Diagnostics)
        {
            Diagnostic(w, diagnostic);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>One audited, skipped or failed file as an object.</summary>
    public static void AuditedFile(Utf8JsonWriter w, Audit.AuditedFile file)
    {
        w.WriteStartObject();
        w.WriteString("file", file.File);
        w.WriteString("state", file.State.ToString().ToLowerInvariant());
        w.WriteStartArray("kinds");
        foreach (var kind in file.Kinds)
        {
            w.WriteStringValue(string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())));
        }

        w.WriteEndArray();
        if (file.Reason.Length > 0)
        {
            w.WriteString("reason", file.Reason);
        }

        w.WriteEndObject();
    }

    /// <summary>One diagnostic as an object.</summary>
    public static void Diagnostic(Utf8JsonWriter w, Diagnostics.Diagnostic diagnostic)
    {
        w.WriteStartObject();
        w.WriteString("id", diagnostic.Id);
        w.WriteString("severity", diagnostic.Severity == Diagnostics.Severity.Error ? "error" : "warning");
        w.WriteString("file", diagnostic.Location.File);
        w.WriteNumber("line", diagnostic.Location.Line);
        w.WriteNumber("column", diagnostic.Location.Column);
        w.WriteString("message", diagnostic.Suggestion is null ? diagnostic.Message : $"{diagnostic.Message} {diagnostic.Suggestion}");
        w.WriteEndObject();
    }

    /// <summary>One pod verdict as an object.</summary>
    public static void Pod(Utf8JsonWriter w, PodVerdict pod)
    {
        w.WriteStartObject();
        w.WriteString("pod", pod.Name);
        w.WriteString("file", pod.Location.File);
        w.WriteNumber("line", pod.Location.Line);
        w.WriteString("level", pod.Result.Level.ToString().ToLowerInvariant());
        w.WriteEndObject();
    }
}
