using RunnerGen.Model;
using RunnerGen.Yaml;

namespace RunnerGen.Presets;

/// <summary>
/// Merges a child preset over its parent key by key: mappings merge recursively, scalars and lists are replaced.
/// A preset's own <c>name</c>, <c>extends</c> and <c>abstract</c> are never inherited.
/// </summary>
public static class PresetMerger
{
    private static readonly HashSet<string> NotInherited = [PresetKeys.Name, PresetKeys.Extends, PresetKeys.Abstract];

    /// <summary>The child with the parent's keys filled in.</summary>
    public static YMapping Merge(YMapping parent, YMapping child) => MergeMappings(parent, child, topLevel: true);

    private static YMapping MergeMappings(YMapping parent, YMapping child, bool topLevel)
    {
        var entries = new List<YEntry>();
        foreach (var entry in parent.Entries)
        {
            if (topLevel && NotInherited.Contains(entry.Key))
            {
                continue;
            }

            var own = child.Find(entry.Key);
            entries.Add(own switch
            {
                null => entry,
                { Value: YMapping ownMap } when entry.Value is YMapping parentMap => own with { Value = MergeMappings(parentMap, ownMap, topLevel: false) },
                _ => own,
            });
        }

        entries.AddRange(child.Entries.Where(e => parent.Find(e.Key) is null || (topLevel && NotInherited.Contains(e.Key))));
        return child with { Entries = entries };
    }
}
