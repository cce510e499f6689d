using System.CommandLine;
using RunnerGen.Diagnostics;
using RunnerGen.FileSystem;
using RunnerGen.Generation;
using RunnerGen.Output;
using RunnerGen.Yaml;

namespace RunnerGen.Cli.Commands;

/// <summary>
/// <c>runnergen apply PRESET --config PATH</c>: merge the preset's runner into a live config.toml, keeping every other
/// runner and the runner's registered credentials, after a backup, showing the diff.
/// </summary>
public static class ApplyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("PRESET") { Description = "Name of the preset whose runner to merge." };
        var config = new Option<string>("--config") { Description = "The live GitLab Runner config.toml (e.g. /etc/gitlab-runner/config.toml).", Required = true, HelpName = "PATH" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only show the diff; change nothing." };
        var presets = CommonOptions.Presets();
        var templates = CommonOptions.Templates();
        var command = new Command("apply", "Merge a preset's [[runners]] into an existing config.toml (matched by runner name): other runners stay as they are, the runner keeps its id and token, a backup is written first, and the diff is shown.")
        {
            name, config, dryRun, presets, templates,
        };
        command.SetAction(r => Run(context, r.GetValue(name)!, r.GetValue(config)!, r.GetValue(dryRun), r.GetValue(presets)!, r.GetValue(templates)!));
        return command;
    }

    private static int Run(CliContext context, string name, string configPath, bool dryRun, string presetsDir, string templatesDir)
    {
        if (PresetRun.Render(context, presetsDir, templatesDir, [name], "generated") is not { } result)
        {
            return ExitCodes.UsageError;
        }

        if (result.Refusals.Count > 0)
        {
            PolicyPrinter.Refusals(context, result.Refusals);
            return ExitCodes.Refused;
        }

        var preset = result.Presets.Single();
        var generated = result.Files.FirstOrDefault(f => f.Output.Id == "gitlab-config")
            ?? throw new RunnerGenException(new Diagnostic(DiagnosticIds.InvalidCombination, Severity.Error, SourceLocation.InFile(preset.SourceFile), $"preset '{name}' has no GitLab runner: its platforms do not include gitlab."));

        var full = context.Resolve(configPath);
        var display = context.Display(full);
        var (target, status) = ApplyTarget.Resolve(full, display, name);
        var diagnostics = new DiagnosticBag();
        var existing = InputFile.Read(target, display, InputFile.AuditLimit, diagnostics) ?? throw new RunnerGenException(diagnostics.Sorted());
        var merge = ConfigTomlMerger.Merge(existing, display, generated.Content, preset.Runner.Name, preset.SourceFile);
        DiagnosticPrinter.Print(context, merge.Warnings);
        if (merge.Text == existing)
        {
            context.Out.WriteLine($"{display} already has the runner '{preset.Runner.Name}' as the preset renders it.");
            return ExitCodes.Success;
        }

        // Secrets never reach the terminal or a CI log: credential-like values are shown as (kept, hidden) or (hidden).
        context.Out.Write(UnifiedDiff.Of(display, existing, merge.Text, SecretRedactor.Redact));
        context.Out.WriteLine(TokenRotationNote.For(preset));
        if (dryRun)
        {
            context.Out.WriteLine($"dry run: {display} was not changed.");
            return ExitCodes.Success;
        }

        var backup = ApplyTarget.BackupPath(target);
        PreservingWriter.Create(backup, existing, status, display);
        PreservingWriter.Replace(target, merge.Text, status, display);
        context.Out.WriteLine($"merged runner '{preset.Runner.Name}' into {display} (backup: {context.Display(backup)}).");
        return ExitCodes.Success;
    }
}
