using Remedy.Runtime.Engine;

namespace Remedy.Server.Playbooks;

/// <summary>
/// The running set of playbooks. A reload that fails leaves the last good set in place and records why, so a
/// broken edit never stops remediation; readers always see one whole set (swapped atomically).
/// </summary>
public sealed class PlaybookCatalog
{
    private readonly PlaybookLoader loader;
    private readonly PlaybookRuntime runtime;
    private readonly TimeProvider clock;
    private readonly object reloading = new();
    private volatile PlaybookSet current = new([], new Dictionary<string, string>());
    private volatile ReloadState state;

    /// <summary>Creates an empty catalog; call <see cref="Reload"/> to load.</summary>
    /// <param name="loader">Compiles and loads the sources.</param>
    /// <param name="runtime">The runtime the playbooks run in.</param>
    /// <param name="clock">The clock.</param>
    public PlaybookCatalog(PlaybookLoader loader, PlaybookRuntime runtime, TimeProvider clock)
    {
        this.loader = loader;
        this.runtime = runtime;
        this.clock = clock;
        var now = clock.GetUtcNow();
        state = new ReloadState(0, now, now, false, "the playbooks have not been loaded yet");
    }

    /// <summary>The running set.</summary>
    public PlaybookSet Current => current;

    /// <summary>How the last load went.</summary>
    public ReloadState State => state;

    /// <summary>True once a good set is running.</summary>
    public bool Loaded => state.Version > 0;

    /// <summary>Raised after every load attempt, with its result.</summary>
    public event Action<PlaybookLoad>? Reloaded;

    /// <summary>Compiles and loads the sources; on success the new set replaces the running one.</summary>
    /// <returns>The attempt's result.</returns>
    public PlaybookLoad Reload()
    {
        lock (reloading)
        {
            PlaybookLoad load;
            try
            {
                load = loader(runtime);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                load = PlaybookLoad.Failed($"loading the playbooks failed: {e.GetType().Name}: {e.Message}");
            }

            var now = clock.GetUtcNow();
            if (load.Succeeded)
            {
                current = new PlaybookSet(load.Playbooks, load.Files);
                state = new ReloadState(state.Version + 1, now, now, true, null);
            }
            else
            {
                state = state with { LastAttemptAt = now, LastAttemptSucceeded = false, Error = load.Problems.TrimEnd() };
            }

            Reloaded?.Invoke(load);
            return load;
        }
    }
}
