using Remedy.Runtime.Values;

namespace Remedy.Runtime.Journal;

/// <summary>One append-only journal record.</summary>
public sealed record JournalEntry
{
    /// <summary>The position in the journal, assigned by the store (0 before appending).</summary>
    public long Sequence { get; init; }

    /// <summary>The run.</summary>
    public required string RunId { get; init; }

    /// <summary>The kind.</summary>
    public required JournalKind Kind { get; init; }

    /// <summary>When.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The step, if any.</summary>
    public string? Step { get; init; }

    /// <summary>The action, query or verify name, if any.</summary>
    public string? Name { get; init; }

    /// <summary>The provider id, if any.</summary>
    public string? ProviderId { get; init; }

    /// <summary>The target key, if any.</summary>
    public string? Target { get; init; }

    /// <summary>The idempotency key of a mutation (intent, done, compensation records), if any.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Captured state (intent), result (done), target list, verify outcome, … .</summary>
    public RValue Data { get; init; } = RValue.Null;

    /// <summary>The compensation of an intent, or null when irreversible.</summary>
    public CompensationCall? Compensation { get; init; }

    /// <summary>A human-readable message.</summary>
    public string Message { get; init; } = string.Empty;
}
