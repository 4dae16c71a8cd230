namespace Remedy.Runtime.Journal;

/// <summary>The kinds of journal record, in the order a run usually writes them.</summary>
public enum JournalKind
{
    /// <summary>A run began.</summary>
    RunStarted,
    /// <summary>A step's target set was resolved and passed the blast-radius check.</summary>
    TargetsResolved,
    /// <summary>A mutation that was planned but not performed (suggest, dry run).</summary>
    Planned,
    /// <summary>A mutation is about to be performed: captured state, compensation and idempotency key. Written durably first.</summary>
    Intent,
    /// <summary>A mutation completed.</summary>
    Done,
    /// <summary>A mutation or query failed (including timeouts).</summary>
    CallFailed,
    /// <summary>A guard refused something.</summary>
    Refused,
    /// <summary>A <c>choose</c> picked an option.</summary>
    Chosen,
    /// <summary>A verify block finished, passed or not.</summary>
    VerifyResult,
    /// <summary>A notification or escalation was sent (or planned).</summary>
    Notified,
    /// <summary>A mutation was compensated.</summary>
    Compensated,
    /// <summary>A mutation could not be compensated; it was escalated to a human.</summary>
    CompensationFailed,
    /// <summary>A mutation is irreversible; there is nothing to compensate.</summary>
    CompensationSkipped,
    /// <summary>The run ended.</summary>
    RunEnded,
}
