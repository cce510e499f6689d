using System.CommandLine;
using RunnerGen.Cli.Reporting;
using RunnerGen.Diagnostics;
using RunnerGen.Policy;
using RunnerGen.Presets;

namespace RunnerGen.Cli.Commands;

/// <summary><c>runnergen audit FILE...</c>: the policy's findings for files people already have.</summary>
public static class AuditCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "config.toml, pod manifests, ARC values, hook templates, namespaces or GitHub workflows.", Arity = ArgumentArity.OneOrMore };
        var trust = new Option<string>("--trust") { Description = "Trust level the files are meant to meet: " + string.Join(", ", EnumIds.Words<TrustLevel>()) + ".", DefaultValueFactory = _ => "untrusted", HelpName = "TRUST" };
        trust.AcceptOnlyFromAmong([.. EnumIds.Words<TrustLevel>()]);
        var accept = new Option<string[]>("--accept-risk") { Description = "A risk the files may have at trust level internal: " + string.Join(", ", EnumIds.Words<RiskId>()) + "; repeat for more.", HelpName = "RISK" };
        accept.AcceptOnlyFromAmong([.. EnumIds.Words<RiskId>()]);
        var format = FormatOption.Create("text", "json", "sarif");
        var command = new Command("audit", "Check files you already have against a trust level. Exit 1 when a finding exceeds it.")
        {
            files, trust, accept, format,
        };
        command.SetAction(r => Run(
            context,
            r.GetValue(files)!,
            EnumIds.Parse<TrustLevel>(r.GetValue(trust)!)!.Value,
            [.. (r.GetValue(accept) ?? []).Select(a => EnumIds.Parse<RiskId>(a)!.Value)],
            r.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string[] files, TrustLevel trust, IReadOnlyList<RiskId> accepted, string format)
    {
        var diagnostics = new DiagnosticBag();
        var reports = new List<FileReport>();
        foreach (var file in files)
        {
            var full = context.Resolve(file);
            var display = context.Display(full);
            if (!File.Exists(full))
            {
                diagnostics.Error(DiagnosticIds.OutputConflict, SourceLocation.InFile(display), "no such file.");
                continue;
            }

            // One parse per file: it tells what the file is and feeds the rules. A config.toml that does not parse is an
            // error; YAML that does not parse is not something runnergen audits, and is skipped like any other.
            var content = File.ReadAllText(full);
            var toml = PolicyEngine.IsToml(display);
            var parse = new DiagnosticBag();
            var root = PolicyEngine.Parse(display, content, toml, parse);
            if (toml)
            {
                diagnostics.AddRange(parse.Sorted());
            }

            var kind = PolicyEngine.Detect(display, root);
            if (kind is DocumentKind.Unknown or DocumentKind.GitlabCi)
            {
                diagnostics.Warning(DiagnosticIds.UnknownDocument, SourceLocation.InFile(display), "not a file runnergen audits (config.toml, pod, workload, ARC values, hook template, namespace or GitHub workflow); skipped.");
                continue;
            }

            reports.Add(PolicyEngine.Check(display, content, root, kind, diagnostics));
        }

        DiagnosticPrinter.Print(context.Error, diagnostics.Sorted());
        if (diagnostics.HasErrors)
        {
            return ExitCodes.UsageError;
        }

        var findings = reports.SelectMany(r => r.Findings).Select(f => (Finding: f, Status: f.Rule.Status(trust, accepted))).ToList();
        switch (format)
        {
            case "sarif":
                context.Out.Write(Sarif.Write(findings));
                break;
            case "json":
                context.Out.Write(Json.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("trust", trust.Id());
                    w.WriteStartArray("pods");
                    foreach (var pod in reports.SelectMany(r => r.Pods))
                    {
                        Json.Pod(w, pod);
                    }

                    w.WriteEndArray();
                    w.WriteStartArray("findings");
                    foreach (var (finding, status) in findings)
                    {
                        Json.Finding(w, finding, status);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
                break;
            default:
                foreach (var pod in reports.SelectMany(r => r.Pods))
                {
                    context.Out.WriteLine($"{pod.Location}: {pod.Name} meets Pod Security level {pod.Result.Level.ToString().ToLowerInvariant()}.");
                }

                foreach (var (finding, status) in findings)
                {
                    PolicyPrinter.Finding(context.Out, finding, status == FindingStatus.Exceeds);
                }

                var exceeding = findings.Count(f => f.Status == FindingStatus.Exceeds);
                context.Out.WriteLine($"{reports.Count} file(s), {findings.Count} finding(s), {exceeding} exceed what {trust.Id()} pipelines may have.");
                break;
        }

        return findings.Any(f => f.Status == FindingStatus.Exceeds) ? ExitCodes.Refused : ExitCodes.Success;
    }
}
