using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Remedy.Runtime.Journal;

/// <summary>
/// The audit hash chain, pure: each record's hash is SHA-256 over the previous hash and the record's fields,
/// so changing, deleting or reordering any record changes every hash after it.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first record.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Computes a record's hash.</summary>
    /// <param name="previousHash">The previous record's hash.</param>
    /// <param name="sequence">The record's sequence.</param>
    /// <param name="entry">The record's entry.</param>
    /// <returns>The hex hash.</returns>
    public static string Hash(string previousHash, long sequence, AuditEntry entry)
    {
        // Length-prefix every field so no two different records can serialise to the same text.
        var text = new StringBuilder();
        foreach (var field in new[]
                 {
                     previousHash,
                     sequence.ToString(CultureInfo.InvariantCulture),
                     entry.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                     entry.Actor,
                     entry.Kind,
                     entry.RunId,
                     entry.Message,
                 })
        {
            text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Builds the next record of a chain.</summary>
    /// <param name="previous">The last record, or null for the first.</param>
    /// <param name="entry">The entry.</param>
    /// <returns>The chained record.</returns>
    public static AuditRecord Next(AuditRecord? previous, AuditEntry entry)
    {
        var sequence = (previous?.Sequence ?? 0) + 1;
        var previousHash = previous?.Hash ?? Genesis;
        return new(sequence, entry, previousHash, Hash(previousHash, sequence, entry));
    }

    /// <summary>Checks a chain read in sequence order.</summary>
    /// <param name="records">The records.</param>
    /// <returns>The verdict.</returns>
    public static AuditVerification Verify(IReadOnlyList<AuditRecord> records)
    {
        var previousHash = Genesis;
        long expected = 1;
        foreach (var record in records)
        {
            if (record.Sequence != expected)
            {
                return new(false, records.Count, expected, $"audit record {expected} is missing (found {record.Sequence} in its place)");
            }

            if (record.PreviousHash != previousHash)
            {
                return new(false, records.Count, record.Sequence, $"audit record {record.Sequence} does not follow record {record.Sequence - 1}: the chain was cut or reordered");
            }

            if (Hash(previousHash, record.Sequence, record.Entry) != record.Hash)
            {
                return new(false, records.Count, record.Sequence, $"audit record {record.Sequence} was altered: its hash does not match its content");
            }

            previousHash = record.Hash;
            expected++;
        }

        return new(true, records.Count, null, $"{records.Count} audit record(s), chain intact");
    }
}
