using System.Text;
using RunnerGen.FileSystem;
using RunnerGen.Rendering;

namespace RunnerGen.Output;

/// <summary>
/// What writing rendered files into an output root would change, worked out before anything is touched, so a run
/// either does all of it or nothing.
/// </summary>
public sealed record OutputPlan(string Root, IReadOnlyList<FileChange> Changes, Manifest Manifest)
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>Changes other than <see cref="ChangeKind.Unchanged"/>.</summary>
    public IReadOnlyList<FileChange> Drift => [.. Changes.Where(c => c.Kind != ChangeKind.Unchanged)];

    /// <summary>Compares <paramref name="files"/> with the output root.</summary>
    /// <param name="root">The output root.</param>
    /// <param name="files">Rendered files.</param>
    /// <param name="presets">The presets that were rendered; their old files that are no longer rendered become stale.</param>
    /// <param name="allPresets">True when every preset was rendered: files of presets that no longer exist are stale too.</param>
    /// <param name="display">How a full path is shown in errors.</param>
    public static OutputPlan Create(string root, IReadOnlyList<RenderedFile> files, IReadOnlyCollection<string> presets, bool allPresets, Func<string, string>? display = null)
    {
        display ??= p => p;
        var manifest = Manifest.Load(root);
        var errors = new System.Collections.Concurrent.ConcurrentBag<Diagnostics.Diagnostic>();
        var rendered = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);

        // Reading what is on disk is the slow part on a fleet: it runs on every core, the order is kept.
        var compared = new FileChange[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            var full = OutputWriter.Resolve(root, file.Path) ?? throw new InvalidOperationException($"{file.Path} leaves the output root");
            string? onDisk;
            try
            {
                onDisk = Read(root, file.Path, full, display);
            }
            catch (Diagnostics.RunnerGenException ex)
            {
                foreach (var diagnostic in ex.Diagnostics)
                {
                    errors.Add(diagnostic);
                }

                return;
            }

            var kind = onDisk switch
            {
                null => ChangeKind.Create,
                _ when onDisk == file.Content => ChangeKind.Unchanged,
                _ when !manifest.Files.TryGetValue(file.Path, out var hash) => ChangeKind.NotOurs,
                _ when manifest.Files[file.Path] != Manifest.Hash(onDisk) => ChangeKind.EditedByHand,
                _ => ChangeKind.Update,
            };
            compared[i] = new FileChange(file.Path, kind, onDisk, file.Content);
        });
        if (!errors.IsEmpty)
        {
            throw new Diagnostics.RunnerGenException([.. errors.Distinct().OrderBy(d => d.Location.File, StringComparer.Ordinal)]);
        }

        var changes = new List<FileChange>(compared);

        foreach (var (path, hash) in manifest.Files.Where(f => !rendered.Contains(f.Key)))
        {
            var preset = path.Split('/')[0];
            if (!allPresets && !presets.Contains(preset))
            {
                continue;
            }

            var full = OutputWriter.Resolve(root, path)!;
            if (Read(root, path, full, display) is not { } onDisk)
            {
                continue;
            }

            changes.Add(new FileChange(path, Manifest.Hash(onDisk) == hash ? ChangeKind.Delete : ChangeKind.EditedByHand, onDisk, null));
        }

        return new OutputPlan(root, [.. changes.OrderBy(c => c.Path, StringComparer.Ordinal)], manifest);
    }

    /// <summary>The file's text, or null when absent; never through a symbolic link, never anything but a regular file.</summary>
    private static string? Read(string root, string path, string full, Func<string, string> display) =>
        SafePaths.CheckFile(root, path, display) && SafePaths.ReadRegular(full, long.MaxValue - 1, _ => null) is { } bytes
            ? Utf8NoBom.GetString(bytes)
            : null;
}
