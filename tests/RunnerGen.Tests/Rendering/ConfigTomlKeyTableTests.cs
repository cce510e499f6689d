using RunnerGen.Tests.Support;
using Tomlyn.Model;

namespace RunnerGen.Tests.Rendering;

/// <summary>
/// Every key runnergen writes into config.toml is in GitLab Runner's own key table
/// (<c>gitlab-runner-config-keys.tsv</c> beside this file, derived from the runner's Go struct tags). GitLab Runner ignores unknown
/// keys silently, so a misspelt key would otherwise be a setting that quietly does nothing.
/// </summary>
public sealed class ConfigTomlKeyTableTests
{
    private static RunnerKeyTable Table => RunnerKeyTable.Value;

    [Fact]
    public void The_key_table_was_read()
    {
        Assert.True(Table.Since.Count > 500, $"only {Table.Since.Count} keys read from Appendix A");
        Assert.Contains(("runners.docker", "allowed_privileged_services"), Table.Since.Keys);
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

    [Theory]
    [MemberData(nameof(Snapshots.MatrixTests.Combinations), MemberType = typeof(Snapshots.MatrixTests))]
    public void Each_config_toml_names_the_runner_release_that_reads_all_its_keys(string preset)
    {
        var file = Matrix.Result.Files.SingleOrDefault(f => f.Preset == preset && f.Output.Id == "gitlab-config");
        Assert.NotNull(file);
        var used = new List<(string Section, string Key)>();
        Walk(Parsed.Toml(file.Content), "(global)", [], used);

        // ${VAR} in url and token is expanded since 18.10; every key needs the release that added it.
        var needed = used.Select(k => Table.Since[k]).Append(new Version(18, 10)).Max()!;
        var newest = used.Where(k => Table.Since[k] == needed).Select(k => $"{k.Section}.{k.Key}").FirstOrDefault() ?? "url = \"${VAR}\"";
        var stated = System.Text.RegularExpressions.Regex.Matches(file.Content, @"GitLab Runner (\d+\.\d+)\+").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(
            stated.SequenceEqual([$"{needed.Major}.{needed.Minor}"]),
            $"{file.Path} needs GitLab Runner {needed.Major}.{needed.Minor} ({newest}) but says {string.Join(", ", stated)}");
    }

    private static List<string> UnknownKeys(TomlTable root)
    {
        var unknown = new List<string>();
        Walk(root, "(global)", unknown, []);
        return unknown;
    }

    private static void Walk(TomlTable table, string section, List<string> unknown, List<(string Section, string Key)> known)
    {
        foreach (var (key, value) in table)
        {
            var path = section == "(global)" ? key : $"{section}.{key}";
            if (!Table.Since.ContainsKey((section, key)))
            {
                unknown.Add(path);
                continue;
            }

            known.Add((section, key));

            if (Table.MapSections.Contains(path))
            {
                continue;
            }

            switch (value)
            {
                case TomlTable child:
                    Walk(child, path, unknown, known);
                    break;
                case TomlTableArray array:
                    foreach (var item in array)
                    {
                        Walk(item, path, unknown, known);
                    }

                    break;
            }
        }
    }
}
