namespace Remedy.Server.Playbooks;

/// <summary>
/// Watches the playbook files and reloads the catalog once edits settle: editors write a file in several steps
/// (truncate, write, rename), and compiling each intermediate state would report errors that never existed.
/// </summary>
public sealed class PlaybookWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;
    private readonly TimeSpan debounce;

    /// <summary>Starts watching.</summary>
    /// <param name="paths">The files and folders the playbooks come from.</param>
    /// <param name="catalog">The catalog to reload.</param>
    /// <param name="debounce">How long the files must stay unchanged before a reload.</param>
    public PlaybookWatcher(IReadOnlyList<string> paths, PlaybookCatalog catalog, TimeSpan debounce)
    {
        this.debounce = debounce;
        timer = new Timer(_ => catalog.Reload());
        foreach (var path in paths.Select(Path.GetFullPath))
        {
            var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(path);
            if (folder is null || !Directory.Exists(folder)) continue;
            var watcher = new FileSystemWatcher(folder)
            {
                Filter = Directory.Exists(path) ? "*.remedy" : Path.GetFileName(path),
                IncludeSubdirectories = Directory.Exists(path),
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
            };
            watcher.Changed += (_, _) => Touch();
            watcher.Created += (_, _) => Touch();
            watcher.Deleted += (_, _) => Touch();
            watcher.Renamed += (_, _) => Touch();
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        timer.Dispose();
    }

    private void Touch()
    {
        try
        {
            timer.Change(debounce, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // An event that arrives while the server stops has nothing left to reload.
        }
    }
}
