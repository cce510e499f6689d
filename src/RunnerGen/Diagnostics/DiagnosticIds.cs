namespace RunnerGen.Diagnostics;

/// <summary>
/// Stable diagnostic ids. The README lists them; tests assert them. Never renumber: add new ids at the end.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>The preset file is not valid YAML.</summary>
    public const string YamlSyntax = "RG0001";

    /// <summary>A key the preset format does not know.</summary>
    public const string UnknownKey = "RG0002";

    /// <summary>A value of the wrong type (a list where a string belongs, text where a number belongs).</summary>
    public const string WrongType = "RG0003";

    /// <summary>A value outside the allowed set (an unknown trust level or strategy).</summary>
    public const string InvalidEnumValue = "RG0004";

    /// <summary>A required key is missing.</summary>
    public const string MissingRequired = "RG0005";

    /// <summary>A value breaks a rule of its field (pattern, range, length, newline).</summary>
    public const string InvalidValue = "RG0006";

    /// <summary><c>extends</c> names a preset that does not exist.</summary>
    public const string MissingParent = "RG0007";

    /// <summary><c>extends</c> chains loop back on themselves.</summary>
    public const string ExtendsCycle = "RG0008";

    /// <summary>Two presets have the same name.</summary>
    public const string DuplicateName = "RG0009";

    /// <summary>A preset's name or file name is not safe as a file or folder name.</summary>
    public const string UnsafeName = "RG0010";

    /// <summary>A combination of settings that cannot work (e.g. a strategy on an executor it does not support).</summary>
    public const string InvalidCombination = "RG0011";

    /// <summary>A template failed to parse or render.</summary>
    public const string TemplateError = "RG0100";

    /// <summary>A rendered file does not parse back as its format: a template bug.</summary>
    public const string RenderedFileInvalid = "RG0101";

    /// <summary>A file is in the way, or cannot be written.</summary>
    public const string OutputConflict = "RG0200";

    /// <summary>A preset with the same name already exists.</summary>
    public const string PresetExists = "RG0201";

    /// <summary>No presets were found.</summary>
    public const string NoPresets = "RG0202";

    /// <summary>A preset named on the command line does not exist.</summary>
    public const string UnknownPreset = "RG0203";

    /// <summary><c>audit</c>: a file runnergen does not know how to check.</summary>
    public const string UnknownDocument = "RG0204";

    /// <summary>A file runnergen wrote was edited by hand; it is not overwritten without --force.</summary>
    public const string EditedByHand = "RG0205";

    /// <summary>A git command (for <c>diff --base</c>) failed.</summary>
    public const string GitError = "RG0206";

    /// <summary><c>apply</c>: the target config.toml does not parse.</summary>
    public const string ConfigUnparsable = "RG0207";

    /// <summary>An input file nests deeper than runnergen reads (YAML or TOML).</summary>
    public const string NestingTooDeep = "RG0012";

    /// <summary>An input file is larger than runnergen reads.</summary>
    public const string FileTooLarge = "RG0013";

    /// <summary>An input path is not a regular file (a named pipe, a device, a folder).</summary>
    public const string NotARegularFile = "RG0014";

    /// <summary>An input file is not valid UTF-8.</summary>
    public const string NotUtf8 = "RG0015";

    /// <summary>A symbolic link below the output folder: runnergen never reads, writes or deletes through one.</summary>
    public const string OutputSymlink = "RG0208";

    /// <summary>Another runnergen process is writing the output folder.</summary>
    public const string OutputLocked = "RG0209";

    /// <summary>A path below the output folder that is not a regular file (a named pipe, a device, a folder).</summary>
    public const string OutputNotRegular = "RG0210";

    /// <summary><c>apply</c>: the runner cannot be edited safely (two runners with its name, inline <c>runners = [...]</c>).</summary>
    public const string ApplyAmbiguous = "RG0211";

    /// <summary><c>apply</c>: the config file cannot be replaced safely (not a regular file, read-only, owner cannot be kept).</summary>
    public const string ApplyUnsafeTarget = "RG0212";

    /// <summary><c>apply</c>: the merged file would not parse; nothing was written.</summary>
    public const string ApplyResultInvalid = "RG0213";

    /// <summary><c>diff --base</c>: the base revision holds a path that would leave its folder.</summary>
    public const string UnsafeTreeEntry = "RG0214";

    /// <summary><c>apply</c>: the live runner's literal url is replaced (a warning).</summary>
    public const string ApplyUrlChanged = "RG0215";

    /// <summary>A file or folder named on the command line does not exist.</summary>
    public const string NoSuchFile = "RG0216";

    /// <summary>An input file exists but cannot be read (no permission, an I/O error).</summary>
    public const string CannotRead = "RG0217";

    /// <summary>The output folder's manifest cannot be read (not valid JSON, or not what runnergen writes).</summary>
    public const string ManifestUnreadable = "RG0218";

    /// <summary>The file system refused an operation runnergen did not expect to fail (a path that is a file, a full disk).</summary>
    public const string FileSystemError = "RG0219";

    /// <summary><c>audit</c>: a file does not parse as YAML or TOML (or a config.toml inside it does not); it gets no findings.</summary>
    public const string AuditUnparsable = "RG0230";

    /// <summary><c>audit</c>: no file of a kind runnergen audits was given.</summary>
    public const string NothingAudited = "RG0231";

    /// <summary><c>audit</c>: reading a file failed in a way runnergen did not foresee; the other files are still audited.</summary>
    public const string AuditFileFailed = "RG0232";

    /// <summary>A <c>runner.cache</c> key the cache's type does not read (a region on GCS, an account on S3).</summary>
    public const string CacheKeyNotForType = "RG0245";

    /// <summary>An Azure cache without <c>account</c>.</summary>
    public const string AzureCacheSettings = "RG0246";

    /// <summary><c>github.containerMode</c> the preset's strategy cannot run in.</summary>
    public const string ArcContainerMode = "RG0247";

    /// <summary><c>github.storageClassName</c> where the scale set has no work volume claim.</summary>
    public const string StorageClassWithoutClaim = "RG0248";
    /// <summary><c>runner.isolation: user-namespace</c> on an executor other than Kubernetes (only pods have <c>hostUsers</c>).</summary>
    public const string IsolationNeedsKubernetes = "RG0265";

    /// <summary><c>runner.runtimeClass</c> on an executor other than Kubernetes (only pods have <c>runtimeClassName</c>).</summary>
    public const string RuntimeClassNeedsKubernetes = "RG0266";

    /// <summary><c>runner.isolation: user-namespace</c> with a strategy that mounts the node's Docker socket, which a user-namespaced pod cannot use.</summary>
    public const string IsolationWithHostSocket = "RG0267";
    /// <summary>An executor the preset's platform does not have (docker-autoscaler is a GitLab Runner executor; GitHub has none).</summary>
    public const string ExecutorNotOnPlatform = "RG0250";

    /// <summary>An untrusted preset whose docker-autoscaler VMs would take more than one job, at once or in turn.</summary>
    public const string SharedVmUntrusted = "RG0251";

    /// <summary><c>runner.autoscaler</c>: a setting the chosen fleeting plugin needs is missing, or one of another plugin is given.</summary>
    public const string AutoscalerPluginSettings = "RG0252";
    /// <summary>A GitLab runner scope that does not fit: <c>gitlab.groupId</c> without <c>runnerType: group</c>, <c>gitlab.projectId</c> without <c>runnerType: project</c>.</summary>
    public const string GitlabRunnerScope = "RG0240";
    /// <summary><c>image.platforms</c> with a strategy that cannot build for chosen platforms (Kaniko).</summary>
    public const string PlatformsUnsupported = "RG0255";

    /// <summary><c>image.sbom</c> with a strategy that cannot attach an SBOM attestation (Kaniko, Buildah).</summary>
    public const string SbomUnsupported = "RG0256";

    /// <summary><c>image.provenance</c> with a strategy that cannot attach a provenance attestation (Kaniko, Buildah).</summary>
    public const string ProvenanceUnsupported = "RG0257";
    /// <summary><c>image.sign: keyless</c> in a preset that is not trusted: its code would sign as the project.</summary>
    public const string SigningNeedsTrusted = "RG0260";

    /// <summary><c>image.sign: keyless</c> with a strategy whose job cannot run cosign (Kaniko).</summary>
    public const string SigningUnsupported = "RG0261";
}
