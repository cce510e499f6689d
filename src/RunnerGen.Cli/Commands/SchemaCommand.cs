using System.CommandLine;
using RunnerGen.Presets.Schema;

namespace RunnerGen.Cli.Commands;

/// <summary><c>runnergen schema</c>: print the JSON Schema of the preset format.</summary>
public static class SchemaCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("schema", $"Print the JSON Schema of the preset format (generated from the model). 'runnergen new' also writes it to presets/{JsonSchemaWriter.FileName}.");
        command.SetAction(_ =>
        {
            context.Out.Write(JsonSchemaWriter.Write());
            return ExitCodes.Success;
        });
        return command;
    }
}
