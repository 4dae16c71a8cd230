namespace Remedy.Runtime.Safety;

/// <summary>The global kill switch as persisted.</summary>
/// <param name="Paused">True when new mutations are stopped.</param>
/// <param name="By">Who last changed it.</param>
/// <param name="Reason">Why.</param>
/// <param name="At">When.</param>
public sealed record KillSwitchState(bool Paused, string By, string Reason, DateTimeOffset At)
{
    /// <summary>The state of a fresh store: running.</summary>
    public static KillSwitchState Running { get; } = new(false, string.Empty, string.Empty, DateTimeOffset.UnixEpoch);
}
