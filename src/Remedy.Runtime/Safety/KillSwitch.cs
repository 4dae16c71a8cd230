using Remedy.Runtime.Journal;
using Remedy.Runtime.Storage;

namespace Remedy.Runtime.Safety;

/// <summary>
/// The global kill switch (<c>remedy pause</c> / <c>remedy resume</c>). It is read from the store before every
/// mutation, so a pause from another process stops new mutations at once; queries and notifications continue.
/// </summary>
public sealed class KillSwitch
{
    private readonly ISafetyStateStore store;
    private readonly AuditLog audit;
    private readonly TimeProvider clock;

    /// <summary>Creates the switch over a store.</summary>
    /// <param name="store">The store.</param>
    /// <param name="audit">The audit log.</param>
    /// <param name="clock">The clock.</param>
    public KillSwitch(ISafetyStateStore store, AuditLog audit, TimeProvider clock)
    {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /// <summary>The current state.</summary>
    public KillSwitchState State => store.GetKillSwitch();

    /// <summary>Stops all new mutations.</summary>
    /// <param name="by">Who pauses.</param>
    /// <param name="reason">Why (e.g. a maintenance window).</param>
    /// <returns>The new state.</returns>
    public KillSwitchState Pause(string by, string reason) => Set(true, by, reason);

    /// <summary>Allows mutations again.</summary>
    /// <param name="by">Who resumes.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The new state.</returns>
    public KillSwitchState Resume(string by, string reason = "") => Set(false, by, reason);

    private KillSwitchState Set(bool paused, string by, string reason)
    {
        var state = new KillSwitchState(paused, by, reason, clock.GetUtcNow());
        store.SetKillSwitch(state);
        audit.Record(by, paused ? "pause" : "resume", string.Empty,
            $"{by} {(paused ? "paused" : "resumed")} all mutations" + (string.IsNullOrWhiteSpace(reason) ? string.Empty : $": {reason}"));
        return state;
    }
}
