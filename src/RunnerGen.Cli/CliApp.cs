using System.CommandLine;
using RunnerGen.Cli.Commands;
using RunnerGen.Diagnostics;

namespace RunnerGen.Cli;

/// <summary>Builds the command tree, runs one command, and maps every outcome to an exit code.</summary>
public static class CliApp
{
    /// <summary>Runs runnergen with <paramref name="args"/>.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("runnergen: CI runner and image-build configs from trust-level presets, refused when they give pipelines more privilege than their trust level allows.");
        root.Subcommands.Add(NewCommand.Create(context));
        root.Subcommands.Add(GenerateCommand.Create(context));
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(DiffCommand.Create(context));
        root.Subcommands.Add(ExplainCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        root.Subcommands.Add(ApplyCommand.Create(context));
        root.Subcommands.Add(SchemaCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"runnergen: error: {error.Message}");
            }

            context.Error.WriteLine("Run 'runnergen --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (RunnerGenException ex)
        {
            DiagnosticPrinter.Print(context.Error, ex.Diagnostics);
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The file system said no (a path that is a file, no permission, a full disk): an input problem, not a bug.
            DiagnosticPrinter.Print(context.Error, [new Diagnostic(DiagnosticIds.FileSystemError, Severity.Error, SourceLocation.InFile("runnergen"), ex.Message)]);
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Anything else is a bug in runnergen, not a problem with the input: say so, with everything needed to fix it.
            context.Error.WriteLine("runnergen: internal error: this is a bug in runnergen; please report it with the text below.");
            context.Error.WriteLine(ex.ToString());
            return ExitCodes.InternalError;
        }
    }
}
