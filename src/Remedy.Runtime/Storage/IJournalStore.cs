using Remedy.Runtime.Journal;

namespace Remedy.Runtime.Storage;

/// <summary>The durable, append-only run journal.</summary>
public interface IJournalStore
{
    /// <summary>Records a new run and its <see cref="JournalKind.RunStarted"/> entry.</summary>
    /// <param name="run">The run.</param>
    /// <returns>False when a run with that id already exists.</returns>
    bool TryStartRun(RunRecord run);

    /// <summary>
    /// Appends an entry durably before returning. Intent, done and compensated entries are unique per
    /// idempotency key: a second one is not appended and false is returned, which is how "never twice" holds
    /// even across processes.
    /// </summary>
    /// <param name="entry">The entry (its sequence is ignored).</param>
    /// <param name="sequence">The assigned sequence, or 0 when not appended.</param>
    /// <returns>True when appended.</returns>
    bool TryAppend(JournalEntry entry, out long sequence);

    /// <summary>Marks a run as having acted, so failures count for its breaker and outcomes for promotion.</summary>
    /// <param name="runId">The run.</param>
    void MarkActed(string runId);

    /// <summary>Ends a run: appends <see cref="JournalKind.RunEnded"/> and closes it, atomically.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="at">When.</param>
    /// <param name="message">The final message.</param>
    /// <returns>False when the run is unknown or already ended.</returns>
    bool TryEndRun(string runId, RunOutcome outcome, DateTimeOffset at, string message);

    /// <summary>A run, or null.</summary>
    /// <param name="runId">The run id.</param>
    /// <returns>The run.</returns>
    RunRecord? GetRun(string runId);

    /// <summary>Runs, newest first.</summary>
    /// <param name="openOnly">Only runs that have not ended.</param>
    /// <param name="limit">The most to return.</param>
    /// <returns>The runs.</returns>
    IReadOnlyList<RunRecord> ListRuns(bool openOnly, int limit);

    /// <summary>A run's entries in journal order.</summary>
    /// <param name="runId">The run id.</param>
    /// <returns>The entries.</returns>
    IReadOnlyList<JournalEntry> ReadRun(string runId);

    /// <summary>The entry of a kind for an idempotency key, or null.</summary>
    /// <param name="idempotencyKey">The key.</param>
    /// <param name="kind">The kind (intent, done, compensated).</param>
    /// <returns>The entry.</returns>
    JournalEntry? FindByKey(string idempotencyKey, JournalKind kind);

    /// <summary>Counts ended acting runs of a playbook since a time, for progressive autonomy.</summary>
    /// <param name="playbook">The playbook.</param>
    /// <param name="since">The earliest end time to count.</param>
    /// <returns>Acting runs and how many of them succeeded.</returns>
    (int Runs, int Successes) CountOutcomes(string playbook, DateTimeOffset since);
}
