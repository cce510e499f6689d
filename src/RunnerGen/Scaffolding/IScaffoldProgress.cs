using RunnerGen.Generation;

namespace RunnerGen.Scaffolding;

/// <summary>Told, while <see cref="ScaffoldWriter"/> writes, what the user must hear about as it happens.</summary>
public interface IScaffoldProgress : IWriteProgress
{
    /// <summary>The preset file was created.</summary>
    void Created(string full);

    /// <summary>The JSON Schema beside the presets was written.</summary>
    void SchemaWritten(string full);
}
