using System.Buffers;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using RunnerGen.Diagnostics;
using RunnerGen.Policy;

namespace RunnerGen.Cli.Reporting;

/// <summary>SARIF 2.1.0, so code-scanning tools (GitHub, GitLab) show findings on the lines they name.</summary>
public static class Sarif
{
    /// <summary>
    /// The log for <paramref name="findings"/> with their status. <paramref name="notifications"/> (files that could
    /// not be read, skipped files) go into the run's invocation, which then is not successful when one is an error.
    /// </summary>
    public static string Write(IReadOnlyList<(Finding Finding, FindingStatus Status)> findings, IReadOnlyList<Diagnostic>? notifications = null, SarifUris? uris = null)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(text, findings, notifications, uris);
        return text.ToString();
    }

    /// <summary>
    /// Writes the log to <paramref name="output"/> as it goes, result by result, so that the log of a large audit is
    /// never held whole in memory.
    /// </summary>
    public static void Write(TextWriter output, IReadOnlyList<(Finding Finding, FindingStatus Status)> findings, IReadOnlyList<Diagnostic>? notifications = null, SarifUris? uris = null)
    {
        uris ??= SarifUris.For(Directory.GetCurrentDirectory());
        var rules = Rules.All;
        var indexes = new Dictionary<Rule, int>(ReferenceEqualityComparer.Instance);
        foreach (var rule in rules)
        {
            indexes.TryAdd(rule, indexes.Count);
        }

        Json.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "runnergen");
            w.WriteString("semanticVersion", Version());
            w.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                RuleDescriptor(w, rule);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject("originalUriBaseIds");
            w.WriteStartObject(SarifUris.BaseId);
            w.WriteString("uri", uris.RootUri);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var (finding, status) in findings)
            {
                var index = indexes.TryGetValue(finding.Rule, out var known) ? known : rules.ToList().IndexOf(finding.Rule);
                Result(w, finding, status, index, uris);
            }

            w.WriteEndArray();
            if (notifications is not null)
            {
                Invocation(w, notifications, uris);
            }

            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void RuleDescriptor(Utf8JsonWriter w, Rule rule)
    {
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("name", rule.Name);
        w.WriteStartObject("shortDescription");
        w.WriteString("text", rule.Name.Replace('-', ' '));
        w.WriteEndObject();
        w.WriteStartObject("fullDescription");
        w.WriteString("text", rule.Why);
        w.WriteEndObject();
        w.WriteStartObject("help");
        w.WriteString("text", rule.Instead);
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("security-severity", rule.Severity switch { FindingSeverity.High => "8.0", FindingSeverity.Medium => "5.0", _ => "2.0" });
        w.WriteStartArray("tags");
        w.WriteStringValue("security");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Result(Utf8JsonWriter w, Finding finding, FindingStatus status, int ruleIndex, SarifUris uris)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", finding.Rule.Id);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", status switch { FindingStatus.Exceeds => "error", FindingStatus.Accepted => "warning", _ => "note" });
        w.WriteStartObject("message");
        Message(w, finding.What, finding.Rule.Why);
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        ArtifactLocation(w, uris, finding.Location.File);
        w.WriteStartObject("region");
        w.WriteNumber("startLine", Math.Max(1, finding.Location.Line));
        w.WriteNumber("startColumn", Math.Max(1, finding.Location.Column));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// <c>"text": "WHAT WHY"</c>, joined in a rented buffer: the text of each of 500,000 results is never a string of its
    /// own.
    /// </summary>
    private static void Message(Utf8JsonWriter w, string what, string why)
    {
        var length = what.Length + 1 + why.Length;
        var buffer = ArrayPool<char>.Shared.Rent(length);
        what.CopyTo(buffer);
        buffer[what.Length] = ' ';
        why.CopyTo(buffer.AsSpan(what.Length + 1));
        w.WriteString("text", buffer.AsSpan(0, length));
        ArrayPool<char>.Shared.Return(buffer);
    }

    /// <summary>
    /// The <c>artifactLocation</c> of a result or notification: where the file is, relative to the repository root
    /// (<see cref="SarifUris.BaseId"/>) where it lies below it.
    /// </summary>
    private static void ArtifactLocation(Utf8JsonWriter w, SarifUris uris, string displayed)
    {
        var (uri, baseId) = uris.Of(displayed);
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", uri);
        if (baseId is not null)
        {
            w.WriteString("uriBaseId", baseId);
        }

        w.WriteEndObject();
    }

    private static void Invocation(Utf8JsonWriter w, IReadOnlyList<Diagnostic> notifications, SarifUris uris)
    {
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", !notifications.Any(n => n.Severity == Severity.Error));
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var notification in notifications)
        {
            w.WriteStartObject();
            w.WriteString("level", notification.Severity == Severity.Error ? "error" : "warning");
            w.WriteStartObject("descriptor");
            w.WriteString("id", notification.Id);
            w.WriteEndObject();
            w.WriteStartObject("message");
            w.WriteString("text", notification.Suggestion is null ? notification.Message : $"{notification.Message} {notification.Suggestion}");
            w.WriteEndObject();
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            ArtifactLocation(w, uris, notification.Location.File);
            if (notification.Location.Line > 0)
            {
                w.WriteStartObject("region");
                w.WriteNumber("startLine", notification.Location.Line);
                w.WriteNumber("startColumn", Math.Max(1, notification.Location.Column));
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static string Version()
    {
        var version = typeof(Sarif).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
