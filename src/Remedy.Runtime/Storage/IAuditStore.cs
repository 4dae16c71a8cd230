using Remedy.Runtime.Journal;

namespace Remedy.Runtime.Storage;

/// <summary>The hash-chained audit log.</summary>
public interface IAuditStore
{
    /// <summary>Appends an entry to the chain (reading the last hash and appending atomically).</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The chained record.</returns>
    AuditRecord AppendAudit(AuditEntry entry);

    /// <summary>Every record in sequence order.</summary>
    /// <returns>The records.</returns>
    IReadOnlyList<AuditRecord> ReadAudit();
}
