namespace RunnerGen.Cli.Reporting;

/// <summary>
/// Where SARIF uris are relative to: the repository root (the nearest folder up from the working folder that holds
/// <c>.git</c>), or the working folder outside a repository. Code-scanning tools resolve <c>SRCROOT</c> to their
/// checkout, so a uri never starts with <c>..</c>; a file outside the root gets an absolute <c>file://</c> uri.
/// </summary>
/// <param name="Root">The absolute root folder.</param>
/// <param name="WorkingDirectory">The folder the displayed paths are relative to.</param>
public sealed record SarifUris(string Root, string WorkingDirectory)
{
    /// <summary>The uriBaseId every relative uri names.</summary>
    public const string BaseId = "SRCROOT";

    /// <summary>The root for <paramref name="workingDirectory"/>.</summary>
    public static SarifUris For(string workingDirectory)
    {
        for (var dir = new DirectoryInfo(workingDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return new SarifUris(dir.FullName, workingDirectory);
            }
        }

        return new SarifUris(Path.GetFullPath(workingDirectory), workingDirectory);
    }

    /// <summary>The root as an absolute file uri ending in '/', for <c>originalUriBaseIds</c>.</summary>
    public string RootUri => new Uri(Path.TrimEndingDirectorySeparator(Root) + Path.DirectorySeparatorChar).AbsoluteUri;

    /// <summary>The uri of a displayed path and its uriBaseId (null for an absolute uri).</summary>
    public (string Uri, string? BaseId) Of(string displayed)
    {
        var full = Path.GetFullPath(displayed, WorkingDirectory);
        var relative = Path.GetRelativePath(Root, full).Replace('\\', '/');
        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith("../", StringComparison.Ordinal))
        {
            return (new Uri(full).AbsoluteUri, null);
        }

        return (string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)), BaseId);
    }
}
