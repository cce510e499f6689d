namespace RunnerGen.Model;

/// <summary>The preset format's key names, used by the schema and the binder alike.</summary>
public static class PresetKeys
{
#pragma warning disable CS1591 // The names are the documentation; PresetSchema describes each.
    public const string Name = "name";
    public const string Description = "description";
    public const string Extends = "extends";
    public const string Abstract = "abstract";
    public const string Trust = "trust";
    public const string Strategy = "strategy";
    public const string Executor = "executor";
    public const string Platforms = "platforms";
    public const string AcceptRisks = "acceptRisks";
    public const string Image = "image";
    public const string Context = "context";
    public const string Dockerfile = "dockerfile";
    public const string Destination = "destination";
    public const string Cache = "cache";
    public const string PushSecret = "pushSecret";
    public const string Quarantine = "quarantine";
    public const string WorkspaceClaim = "workspaceClaim";
    public const string Runner = "runner";
    public const string Tags = "tags";
    public const string Concurrency = "concurrency";
    public const string Namespace = "namespace";
    public const string UrlVariable = "urlVariable";
    public const string TokenVariable = "tokenVariable";
    public const string TokenRotation = "tokenRotation";
    public const string AllowedImages = "allowedImages";
    public const string Resources = "resources";
    public const string CpuRequest = "cpuRequest";
    public const string CpuLimit = "cpuLimit";
    public const string MemoryRequest = "memoryRequest";
    public const string MemoryLimit = "memoryLimit";
    public const string Github = "github";
    public const string ConfigUrl = "configUrl";
    public const string ConfigSecret = "configSecret";
    public const string ScaleSetName = "scaleSetName";
    public const string RunnerGroup = "runnerGroup";
    public const string Environment = "environment";
    public const string MinRunners = "minRunners";
    public const string MaxRunners = "maxRunners";
    public const string BuilderImages = "builderImages";
    public const string ActionsRunner = "actionsRunner";
    public const string Sign = "sign";
    public const string Mirror = "mirror";
#pragma warning restore CS1591
}
