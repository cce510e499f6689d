using System.Text.RegularExpressions;
using RunnerGen.Tests.Support;
using Tomlyn.Model;

namespace RunnerGen.Tests.Rendering;

/// <summary>
/// Every key runnergen writes into config.toml is in GitLab Runner's own key table: Appendix A of
/// <c>../shared/reference/gitlab-runner.md</c>, derived from the runner's Go struct tags. GitLab Runner ignores unknown
/// keys silently, so a misspelt key would otherwise be a setting that quietly does nothing.
/// </summary>
public sealed partial class ConfigTomlKeyTableTests
{
    private static readonly Lazy<(HashSet<(string Section, string Key)> Keys, HashSet<string> MapSections)> Table = new(Load);

    [Fact]
    public void The_key_table_was_read()
    {
        Assert.True(Table.Value.Keys.Count > 500, $"only {Table.Value.Keys.Count} keys read from Appendix A");
        Assert.Contains(("runners.docker", "allowed_privileged_services"), Table.Value.Keys);
    }

    [Fact]
    public void A_misspelt_key_is_caught()
    {
        var unknown = UnknownKeys(Parsed.Toml("[[runners]]\n  [runners.docker]\n    privilegd = true\n"));
        Assert.Equal(["runners.docker.privilegd"], unknown);
    }

    [Fact]
    public void Every_key_of_every_config_toml_is_in_the_runner_key_table()
    {
        foreach (var file in BuiltIn.Files.Where(f => f.Output.Id == "gitlab-config"))
        {
            Assert.Empty(UnknownKeys(Parsed.Toml(file.Content)).Select(k => $"{file.Path}: {k}"));
        }
    }

    private static List<string> UnknownKeys(TomlTable root)
    {
        var unknown = new List<string>();
        Walk(root, "(global)", unknown);
        return unknown;
    }

    private static void Walk(TomlTable table, string section, List<string> unknown)
    {
        foreach (var (key, value) in table)
        {
            var path = section == "(global)" ? key : $"{section}.{key}";
            if (!Table.Value.Keys.Contains((section, key)))
            {
                unknown.Add(path);
                continue;
            }

            if (Table.Value.MapSections.Contains(path))
            {
                continue;
            }

            switch (value)
            {
                case TomlTable child:
                    Walk(child, path, unknown);
                    break;
                case TomlTableArray array:
                    foreach (var item in array)
                    {
                        Walk(item, path, unknown);
                    }

                    break;
            }
        }
    }

    private static (HashSet<(string, string)>, HashSet<string>) Load()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Shared, "reference", "gitlab-runner.md"));
        var start = text.IndexOf("## Appendix A", StringComparison.Ordinal);
        var end = text.IndexOf("## Appendix B", StringComparison.Ordinal);
        var keys = new HashSet<(string, string)>();
        var maps = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match row in Row().Matches(text[start..end]))
        {
            var section = row.Groups["section"].Value;
            var key = row.Groups["key"].Value;
            keys.Add((section, key));
            if (row.Groups["type"].Value.StartsWith("map[", StringComparison.Ordinal) || row.Groups["type"].Value is "Labels" or "DockerSysCtls" or "RequestRetryLimits" or "AutoscalerSettingsMap")
            {
                maps.Add(section == "(global)" ? key : $"{section}.{key}");
            }
        }

        return (keys, maps);
    }

    [GeneratedRegex(@"^\| `(?<section>[^`]+)` \| `(?<key>[^`]+)` \| `(?<type>[^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex Row();
}
