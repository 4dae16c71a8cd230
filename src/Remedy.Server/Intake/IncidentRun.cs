namespace Remedy.Server.Intake;

/// <summary>A run the server started for an alert, as the journal remembers it.</summary>
/// <param name="RunId">The run.</param>
/// <param name="AlertId">The alert's journal id.</param>
/// <param name="AlertName">The alert name.</param>
/// <param name="Playbook">The playbook.</param>
/// <param name="IncidentKey">The playbook, fingerprint and status: one incident for the cooldown.</param>
/// <param name="AlertReceivedAt">When the alert arrived (time to recover counts from here).</param>
/// <param name="StartedAt">When the run was started.</param>
public sealed record IncidentRun(string RunId, string AlertId, string AlertName, string Playbook, string IncidentKey, DateTimeOffset AlertReceivedAt, DateTimeOffset StartedAt);
