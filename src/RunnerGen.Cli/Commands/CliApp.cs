using System.CommandLine;
using System.CommandLine.Help;
using RunnerGen.Cli.Help;
using RunnerGen.Diagnostics;

namespace RunnerGen.Cli.Commands;

/// <summary>Builds the command tree, runs one command, and maps every outcome to an exit code.</summary>
public static class CliApp
{
    /// <summary>Runs runnergen with <paramref name="args"/>.</summary>
    public static int Run(string[] args, CliContext context)
    {
        // --error-format applies to every command: read it first, then build the tree with it.
        var parsed = Build(context).Parse(args);
        if (parsed.GetValue<string>("--error-format") is "gnu" && context.ErrorFormat != ErrorFormat.Gnu)
        {
            context = context with { ErrorFormat = ErrorFormat.Gnu };
            parsed = Build(context).Parse(args);
        }

        if (parsed.Errors.Count > 0 && parsed.Action is not TeachingHelpAction)
        {
            ParseErrors.Print(context, parsed);
            return ExitCodes.UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (RunnerGenException ex)
        {
            DiagnosticPrinter.Print(context, ex.Diagnostics);
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The file system said no (a path that is a file, no permission, a full disk): an input problem, not a bug.
            DiagnosticPrinter.Print(context, [new Diagnostic(DiagnosticIds.FileSystemError, Severity.Error, SourceLocation.InFile("runnergen"), ex.Message)]);
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

    private static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("runnergen: CI runner and image-build configs from trust-level presets, refused when they give pipelines more privilege than their trust level allows.");
        var errorFormat = new Option<string>("--error-format")
        {
            Description = "How errors name their place: msbuild, file(line,col) (the default), or gnu, file:line:col as actionlint, yamllint and shellcheck print it.",
            DefaultValueFactory = _ => "msbuild",
            HelpName = "msbuild|gnu",
            Recursive = true,
        };
        errorFormat.AcceptOnlyFromAmong("msbuild", "gnu");
        root.Options.Add(errorFormat);
        root.Subcommands.Add(NewCommand.Create(context));
        root.Subcommands.Add(GenerateCommand.Create(context));
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(DiffCommand.Create(context));
        root.Subcommands.Add(ExplainCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        root.Subcommands.Add(ApplyCommand.Create(context));
        root.Subcommands.Add(SchemaCommand.Create(context));
        root.Subcommands.Add(HelpCommand.Create(root, args => Run(args, context)));
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new TeachingHelpAction((HelpAction)help.Action!, context);
        return root;
    }
}
