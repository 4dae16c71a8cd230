using Remedy.Runtime.Storage;
using Remedy.Server.Hosting;
using Remedy.Server.Intake;
using Remedy.Server.Playbooks;

namespace Remedy.Server.Health;

/// <summary>Whether the server can take alerts now: playbooks loaded, store usable, queue not full, not stopping.</summary>
public sealed class Readiness
{
    private readonly PlaybookCatalog catalog;
    private readonly IRuntimeStore store;
    private readonly AlertJournal journal;
    private readonly AlertQueue queue;
    private readonly ServerState state;

    /// <summary>Creates the check.</summary>
    /// <param name="catalog">The playbooks.</param>
    /// <param name="store">The runtime's store.</param>
    /// <param name="journal">The alert journal.</param>
    /// <param name="queue">The queue.</param>
    /// <param name="state">The lifecycle.</param>
    public Readiness(PlaybookCatalog catalog, IRuntimeStore store, AlertJournal journal, AlertQueue queue, ServerState state)
    {
        this.catalog = catalog;
        this.store = store;
        this.journal = journal;
        this.queue = queue;
        this.state = state;
    }

    /// <summary>Every reason the server is not ready (empty when ready); a failed reload is reported but does not make it unready.</summary>
    /// <returns>The problems, and notes.</returns>
    public (IReadOnlyList<string> Problems, IReadOnlyList<string> Notes) Check()
    {
        var problems = new List<string>();
        var notes = new List<string>();
        if (state.Draining) problems.Add("the server is shutting down");
        if (!catalog.Loaded) problems.Add("no playbooks are loaded");
        if (catalog.State is { LastAttemptSucceeded: false, Version: > 0, Error: { } error })
        {
            notes.Add($"the last reload failed; the previous playbooks still run: {error}");
        }

        try
        {
            _ = store.GetKillSwitch();
        }
        catch (StoreException e)
        {
            problems.Add($"the state file cannot be used: {e.Message}");
        }

        if (journal.Probe() is { } journalProblem) problems.Add(journalProblem);
        if (queue.IsFull) problems.Add($"the alert queue is full ({queue.Depth} of {queue.Capacity})");
        return (problems, notes);
    }
}
