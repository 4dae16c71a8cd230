namespace Remedy.Runtime.Alerts;

/// <summary>Whether an alert is firing (for <c>trigger alert</c>) or has resolved (for <c>trigger resolved</c>).</summary>
public enum AlertStatus
{
    /// <summary>The alert is firing.</summary>
    Firing,
    /// <summary>The alert has resolved.</summary>
    Resolved,
}
