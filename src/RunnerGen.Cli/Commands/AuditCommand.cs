using System.CommandLine;
using RunnerGen.Audit;
using RunnerGen.Cli.Reporting;
using RunnerGen.Model;
using RunnerGen.Presets;

namespace RunnerGen.Cli.Commands;

/// <summary><c>runnergen audit PATH...</c>: the policy's findings for files people already have.</summary>
public static class AuditCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("PATH") { Description = "Files or folders: config.toml, Kubernetes manifests, ARC or gitlab-runner Helm values, hook templates, namespaces or GitHub workflows. Folders are searched for *.toml, *.yaml and *.yml.", Arity = ArgumentArity.OneOrMore };
        var trust = new Option<string>("--trust") { Description = "Trust level the files are meant to meet: " + string.Join(", ", EnumIds.Words<TrustLevel>()) + ".", DefaultValueFactory = _ => "untrusted", HelpName = "TRUST" };
        trust.AcceptOnlyFromAmong([.. EnumIds.Words<TrustLevel>()]);
        var accept = new Option<string[]>("--accept-risk") { Description = "A risk the files may have at trust level internal: " + string.Join(", ", EnumIds.Words<RiskId>()) + "; repeat for more.", HelpName = "RISK" };
        accept.AcceptOnlyFromAmong([.. EnumIds.Words<RiskId>()]);
        var strict = new Option<bool>("--strict") { Description = "A file runnergen does not audit is an error (exit 2), not a warning." };
        var format = FormatOption.Create("text", "json", "sarif");
        var command = new Command("audit", "Check files you already have against a trust level. Exit 1 when a finding exceeds it, 2 when a file cannot be read or nothing was audited.")
        {
            files, trust, accept, strict, format,
        };
        command.SetAction(r => Run(
            context,
            new AuditRequest(
                r.GetValue(files)!,
                context.WorkingDirectory,
                EnumIds.Parse<TrustLevel>(r.GetValue(trust)!)!.Value,
                [.. (r.GetValue(accept) ?? []).Select(a => EnumIds.Parse<RiskId>(a)!.Value)],
                r.GetValue(strict)),
            r.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, AuditRequest request, string format)
    {
        var report = Auditor.Run(request);
        foreach (var diagnostic in report.Diagnostics)
        {
            context.Error.WriteLine(DiagnosticPrinter.Format(diagnostic, context.ErrorFormat, Paint.For(context)));
        }

        var findings = report.Findings.Select(f => (f.Finding, f.Status)).ToList();
        switch (format)
        {
            case "sarif":
                Sarif.Write(context.Out, findings, report.Diagnostics, SarifUris.For(context.WorkingDirectory));
                break;
            case "json":
                Json.Write(context.Out, w => Json.Audit(w, report));
                break;
            default:
                AuditText.Write(context.Out, report, context.ErrorFormat, Paint.For(context));
                break;
        }

        return report.Outcome switch
        {
            AuditOutcome.InputError => ExitCodes.UsageError,
            AuditOutcome.Exceeds => ExitCodes.Refused,
            _ => ExitCodes.Success,
        };
    }
}
