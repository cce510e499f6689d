using System.Diagnostics;
using System.Text;
using RunnerGen.Diagnostics;

namespace RunnerGen.Review;

/// <summary>Reads files as they are at a git revision, through the git command line.</summary>
public sealed class GitRevision
{
    private readonly string _repository;
    private readonly string _revision;

    private GitRevision(string repository, string revision)
    {
        _repository = repository;
        _revision = revision;
    }

    /// <summary>The repository holding <paramref name="folder"/>, at <paramref name="revision"/>.</summary>
    public static GitRevision Open(string folder, string revision)
    {
        var root = Run(folder, ["rev-parse", "--show-toplevel"]).Trim();
        Run(root, ["rev-parse", "--verify", "--quiet", revision + "^{commit}"]);
        return new GitRevision(root, revision);
    }

    /// <summary>The repository's root folder.</summary>
    public string Root => _repository;

    /// <summary>Files below <paramref name="folder"/> (absolute) at the revision: path relative to that folder, and content.</summary>
    public IReadOnlyList<(string Path, string Content)> Files(string folder)
    {
        var relative = Path.GetRelativePath(_repository, folder).Replace('\\', '/');
        if (relative.StartsWith("..", StringComparison.Ordinal))
        {
            throw Error($"{folder} is outside the git repository {_repository}.");
        }

        var listing = Run(_repository, ["ls-tree", "-r", "-z", "--name-only", _revision, "--", relative == "." ? "." : relative]);
        var paths = listing.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        foreach (var path in paths)
        {
            CheckEntry(path);
        }

        return [.. paths
            .Order(StringComparer.Ordinal)
            .Select(path => (path[(relative == "." ? 0 : relative.Length + 1)..], Run(_repository, ["show", $"{_revision}:{path}"])))];
    }

    /// <summary>
    /// A tree entry comes from whoever wrote the revision, and git accepts hand-made trees (<c>git mktree</c>): a name
    /// that is empty, <c>.</c>, <c>..</c>, absolute or holds a NUL or a backslash would put a file outside the folder it
    /// is copied into. Such a revision is refused.
    /// </summary>
    private static void CheckEntry(string path)
    {
        if (path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal) || path.Split('/').Any(part => part is "" or "." or ".." || part.Contains('\0', StringComparison.Ordinal)))
        {
            throw new RunnerGenException(new Diagnostic(DiagnosticIds.UnsafeTreeEntry, Severity.Error, SourceLocation.InFile("git"), $"the base revision holds an unsafe path '{path.Replace("\0", "\\0", StringComparison.Ordinal)}'; nothing of it is read.", "Compare with a revision made by git itself."));
        }
    }

    private static string Run(string folder, string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var message = error.Result.Trim();
                throw Error($"git {string.Join(' ', arguments)} failed{(message.Length > 0 ? $": {message}" : $" (exit {process.ExitCode})")}.");
            }

            return output.Result;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw Error("git is not installed or not on PATH.");
        }
    }

    private static RunnerGenException Error(string message) =>
        new(new Diagnostic(DiagnosticIds.GitError, Severity.Error, SourceLocation.InFile("git"), message));
}
