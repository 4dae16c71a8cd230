namespace Remedy.Runtime.Providers.Notify;

/// <summary>A message to a channel.</summary>
/// <param name="Kind">Notify or escalate.</param>
/// <param name="Channel">The channel name from the playbook (e.g. <c>payments-oncall</c>).</param>
/// <param name="Text">The text.</param>
/// <param name="RunId">The run.</param>
/// <param name="Playbook">The playbook.</param>
/// <param name="At">When.</param>
public sealed record Notification(NotificationKind Kind, string Channel, string Text, string RunId, string Playbook, DateTimeOffset At);
