using ApprovalTests;
using ApprovalTests.Core;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace RunnerGen.Tests.Support;

/// <summary>
/// Snapshot assertions on ApprovalTests: approved files live in <c>tests/RunnerGen.Tests/Snapshots/FOLDER/NAME.approved.EXT</c>.
/// A mismatch fails with a unified diff and leaves <c>NAME.received.EXT</c> beside it for review (git-ignored).
/// After reading the diff, <c>RUNNERGEN_UPDATE_SNAPSHOTS=1 dotnet test</c> approves every received file.
/// </summary>
internal static class Snapshot
{
    public static bool Updating => Environment.GetEnvironmentVariable("RUNNERGEN_UPDATE_SNAPSHOTS") == "1";

    public static string Directory => Path.Combine(RepoPaths.TestProject, "Snapshots");

    public static void Verify(string folder, string name, string extension, string text) =>
        Approvals.Verify(new ApprovalTextWriter(text, extension), new Namer(Path.Combine(Directory, folder), name), new Reporter());

    private sealed class Namer(string sourcePath, string name) : IApprovalNamer
    {
        public string SourcePath => sourcePath;

        public string Name => name;
    }

    private sealed class Reporter : IApprovalFailureReporter, IReporterWithApprovalPower
    {
        public void Report(string approved, string received)
        {
            if (Updating)
            {
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(approved)!);
                File.Copy(received, approved, overwrite: true);
                File.Delete(received);
                return;
            }

            var before = File.Exists(approved) ? File.ReadAllText(approved) : string.Empty;
            var after = File.ReadAllText(received);
            throw new XunitException(
                $"Snapshot {Path.GetRelativePath(RepoPaths.Root, approved)} {(File.Exists(approved) ? "differs" : "is missing")}.\n" +
                $"Review {Path.GetRelativePath(RepoPaths.Root, received)}; if it is right, run with RUNNERGEN_UPDATE_SNAPSHOTS=1.\n" +
                UnifiedDiff(before, after));
        }

        public bool ApprovedWhenReported() => Updating;

        private static string UnifiedDiff(string before, string after)
        {
            var diff = InlineDiffBuilder.Diff(before, after, ignoreWhiteSpace: false);
            return string.Join("\n", diff.Lines
                .Where(l => l.Type != ChangeType.Unchanged)
                .Take(60)
                .Select(l => (l.Type == ChangeType.Deleted ? "- " : "+ ") + l.Text));
        }
    }
}
