namespace RunnerGen.Model;

/// <summary>
/// A release binary jobs download where no action can run (cosign in a GitLab job or a job container), pinned by
/// version and by the sha256 of each Linux binary; the job checks the sha256 before it runs the file.
/// </summary>
/// <param name="Version">The release tag, such as <c>v3.0.6</c>.</param>
/// <param name="Sha256Amd64">The sha256 of the linux-amd64 binary.</param>
/// <param name="Sha256Arm64">The sha256 of the linux-arm64 binary.</param>
public sealed record BinaryPin(string Version, string Sha256Amd64, string Sha256Arm64);
