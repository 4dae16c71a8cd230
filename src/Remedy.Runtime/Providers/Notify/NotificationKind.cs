namespace Remedy.Runtime.Providers.Notify;

/// <summary>Whether a message informs or asks a human to act.</summary>
public enum NotificationKind
{
    /// <summary><c>notify</c>: information.</summary>
    Notify,
    /// <summary><c>escalate</c>: a human must act (including every failed compensation).</summary>
    Escalate,
}
