using Remedy.Runtime.Storage;

namespace Remedy.Runtime.Journal;

/// <summary>Writes decisions to the hash-chained audit log and checks the chain.</summary>
public sealed class AuditLog
{
    private readonly IAuditStore store;
    private readonly TimeProvider clock;

    /// <summary>Creates the log over a store.</summary>
    /// <param name="store">The store.</param>
    /// <param name="clock">The clock that stamps entries.</param>
    public AuditLog(IAuditStore store, TimeProvider clock)
    {
        this.store = store;
        this.clock = clock;
    }

    /// <summary>Records a decision.</summary>
    /// <param name="actor">Who decided (a person, or <c>runtime</c>).</param>
    /// <param name="kind">The kind of decision.</param>
    /// <param name="runId">The run, or empty.</param>
    /// <param name="message">What happened.</param>
    /// <returns>The chained record.</returns>
    public AuditRecord Record(string actor, string kind, string runId, string message) =>
        store.AppendAudit(new AuditEntry(clock.GetUtcNow(), actor, kind, runId, message));

    /// <summary>Checks the whole chain.</summary>
    /// <returns>The verdict.</returns>
    public AuditVerification Verify() => AuditChain.Verify(store.ReadAudit());
}
