namespace RunnerGen.Tests.Support;

/// <summary>
/// GitLab Runner's config.toml keys (<c>Rendering/gitlab-runner-config-keys.tsv</c>, from the runner's Go struct tags):
/// which keys exist in which section, which are free-form maps, and the first runner release that reads each one.
/// </summary>
internal sealed class RunnerKeyTable
{
    private static readonly Lazy<RunnerKeyTable> Loaded = new(Load);

    private RunnerKeyTable(Dictionary<(string Section, string Key), Version> since, HashSet<string> maps)
    {
        Since = since;
        MapSections = maps;
    }

    public static RunnerKeyTable Value => Loaded.Value;

    /// <summary>Section (<c>(global)</c> for the top level) and key, to the first release that has the key.</summary>
    public IReadOnlyDictionary<(string Section, string Key), Version> Since { get; }

    /// <summary>Dotted paths of keys whose value is a free-form table (feature flags, node selectors).</summary>
    public IReadOnlySet<string> MapSections { get; }

    public static string FilePath => Path.Combine(RepoPaths.TestProject, "Rendering", "gitlab-runner-config-keys.tsv");

    private static RunnerKeyTable Load()
    {
        var since = new Dictionary<(string, string), Version>();
        var maps = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(FilePath).Where(l => l.Length > 0 && l[0] != '#').Skip(1))
        {
            var cells = line.Split('\t');
            var (section, key, type) = (cells[0], cells[1], cells[2]);
            since[(section, key)] = cells[3] switch
            {
                "<=15.0" => new Version(15, 0),
                "main" => new Version(19, 4), // only on main after v19.3.0: the next release at the earliest
                var v => Version.Parse(v),
            };
            if (type.StartsWith("map[", StringComparison.Ordinal) || type is "Labels" or "DockerSysCtls" or "RequestRetryLimits" or "AutoscalerSettingsMap")
            {
                maps.Add(section == "(global)" ? key : $"{section}.{key}");
            }
        }

        return new RunnerKeyTable(since, maps);
    }
}
