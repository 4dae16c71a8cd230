namespace Remedy.Runtime.Journal;

/// <summary>An audit entry in the hash chain.</summary>
/// <param name="Sequence">Its position, from 1.</param>
/// <param name="Entry">The entry.</param>
/// <param name="PreviousHash">The hash of the record before (or the genesis hash).</param>
/// <param name="Hash">SHA-256 of the previous hash and this record, hex.</param>
public sealed record AuditRecord(long Sequence, AuditEntry Entry, string PreviousHash, string Hash);
