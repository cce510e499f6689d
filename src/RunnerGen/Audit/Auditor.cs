using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Policy;
using RunnerGen.Yaml;

namespace RunnerGen.Audit;

/// <summary>
/// The <c>audit</c> use case: every file named (folders expanded), every YAML document of each file, each checked by
/// the policy. A file that cannot be read or parsed is an error for that file alone, with no findings; the others are
/// still audited and reported.
/// </summary>
public static class Auditor
{
    /// <summary>Audits the files of <paramref name="request"/>.</summary>
    public static AuditReport Run(AuditRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var files = new List<AuditedFile>();
        var reports = new List<FileReport>();
        foreach (var full in AuditInputs.Expand(request.Paths, request.WorkingDirectory, diagnostics))
        {
            var display = AuditInputs.Display(full, request.WorkingDirectory);
            var (file, report) = One(full, display, diagnostics);
            files.Add(file);
            if (report is not null)
            {
                reports.Add(report);
            }
        }

        foreach (var skipped in files.Where(f => f.State == AuditFileState.Skipped))
        {
            var message = $"{skipped.Reason}; skipped.";
            var at = SourceLocation.InFile(skipped.File);
            if (request.Strict)
            {
                diagnostics.Error(DiagnosticIds.UnknownDocument, at, message, "(--strict: a skipped file is an error.)");
            }
            else
            {
                diagnostics.Warning(DiagnosticIds.UnknownDocument, at, message);
            }
        }

        if (!files.Any(f => f.State == AuditFileState.Audited) && !diagnostics.HasErrors)
        {
            diagnostics.Error(DiagnosticIds.NothingAudited, SourceLocation.InFile("audit"), "no file was audited: name config.toml files, Kubernetes manifests, ARC or gitlab-runner Helm values, hook templates or GitHub workflows (or folders holding them).");
        }

        var findings = reports.SelectMany(r => r.Findings).Select(f => new AuditFinding(f, f.Status(request.Trust, request.Accepted))).ToList();
        var sorted = diagnostics.Sorted();
        var outcome = sorted.Any(d => d.Severity == Severity.Error) ? AuditOutcome.InputError
            : findings.Any(f => f.Status == FindingStatus.Exceeds) ? AuditOutcome.Exceeds
            : AuditOutcome.Clean;
        return new AuditReport(request.Trust, files, [.. reports.SelectMany(r => r.Pods)], findings, sorted, outcome);
    }

    private static (AuditedFile File, FileReport? Report) One(string full, string display, DiagnosticBag diagnostics)
    {
        // Within limits: a regular file only (a named pipe would hang), at most InputFile.AuditLimit, valid UTF-8.
        string? content;
        try
        {
            content = InputFile.Read(full, display, InputFile.AuditLimit, diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticIds.CannotRead, SourceLocation.InFile(display), $"cannot be read: {ex.Message}");
            content = null;
        }

        if (content is null)
        {
            return (new AuditedFile(display, AuditFileState.Failed, [], "cannot be read"), null);
        }

        var local = new DiagnosticBag();
        try
        {
            return Check(display, content, local, diagnostics);
        }
#pragma warning disable CA1031 // One file must never take the audit of the others down; the error names the file.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            diagnostics.Error(DiagnosticIds.AuditFileFailed, SourceLocation.InFile(display), $"runnergen could not read this file ({ex.GetType().Name}: {ex.Message}); it was not audited. Please report this.");
            return (new AuditedFile(display, AuditFileState.Failed, [], "failed"), null);
        }
    }

    private static (AuditedFile File, FileReport? Report) Check(string display, string content, DiagnosticBag local, DiagnosticBag diagnostics)
    {
        if (display.EndsWith(".tf", StringComparison.OrdinalIgnoreCase))
        {
            // runnergen writes runner.tf (the runner in GitLab) but no rule reads Terraform: name it, never misread it as YAML.
            return (new AuditedFile(display, AuditFileState.Skipped, [], "a Terraform file: no rule reads Terraform (the runner's trust settings are in its config.toml and Helm values)"), null);
        }

        var isToml = PolicyEngine.IsToml(display);
        IReadOnlyList<YNode>? documents = isToml
            ? TomlReader.Load(content, display, local) is { } toml ? [toml] : null
            : YamlDocumentLoader.LoadAll(content, display, local);

        // The rules of a config.toml read the tree alone: let go of its text (tens of MB in a large file) before they run.
        var text = isToml ? string.Empty : content;
        if (documents is null || local.HasErrors)
        {
            return Unparsable(display, local, diagnostics);
        }

        var findings = new List<Finding>();
        var pods = new List<PodVerdict>();
        var kinds = new List<DocumentKind>();
        var ignored = new List<YNode>();
        foreach (var document in WorkloadPods.Flatten(documents))
        {
            var kind = PolicyEngine.Detect(display, document);
            if (kind is DocumentKind.Unknown)
            {
                ignored.Add(document);
                continue;
            }

            var report = PolicyEngine.Check(display, text, document, kind, local);
            findings.AddRange(report.Findings);
            pods.AddRange(report.Pods);
            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        if (local.HasErrors)
        {
            return Unparsable(display, local, diagnostics);
        }

        diagnostics.AddRange(local.Sorted());
        if (kinds.Count == 0)
        {
            var reason = ignored.Any(d => d is YMapping map && HelmRunnerValues.IsWithoutConfig(map))
                ? "gitlab-runner Helm values without runners.config or runners.configOverride: the chart's default config.toml applies; audit what `helm template` renders instead"
                : documents.Count == 0 ? "empty" : "not a file runnergen audits (config.toml, Kubernetes pod or workload, ARC or gitlab-runner Helm values, hook template, namespace or GitHub workflow)";
            return (new AuditedFile(display, AuditFileState.Skipped, [], reason), null);
        }

        var sorted = findings.OrderBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ThenBy(f => f.Rule.Id, StringComparer.Ordinal).ToList();
        return (new AuditedFile(display, AuditFileState.Audited, kinds, string.Empty), new FileReport(display, kinds[0], sorted, pods));
    }

    private static (AuditedFile File, FileReport? Report) Unparsable(string display, DiagnosticBag local, DiagnosticBag diagnostics)
    {
        var errors = local.Sorted().Where(d => d.Severity == Severity.Error).ToList();
        foreach (var error in errors)
        {
            diagnostics.Error(DiagnosticIds.AuditUnparsable, error.Location, $"{error.Message.TrimEnd('.')}; the file was not audited.");
        }

        if (errors.Count == 0)
        {
            diagnostics.Error(DiagnosticIds.AuditUnparsable, SourceLocation.InFile(display), "the file does not parse; it was not audited.");
        }

        return (new AuditedFile(display, AuditFileState.Failed, [], "does not parse"), null);
    }
}
