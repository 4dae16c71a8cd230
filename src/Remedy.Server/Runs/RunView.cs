namespace Remedy.Server.Runs;

/// <summary>A run as <c>GET /api/v1/runs</c> lists it.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Playbook">Its playbook.</param>
/// <param name="Alert">The alert that started it, or null when it was not started by the server.</param>
/// <param name="Status">running, waiting_for_approval or ended.</param>
/// <param name="Outcome">succeeded, planned, refused, failed, aborted, timed_out, cancelled, recovered; null while running.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended, or null.</param>
/// <param name="TimeToRecoverSeconds">From the alert's arrival to the end of a successful run, or null.</param>
/// <param name="HumanActed">True when a person approved or denied one of its steps.</param>
/// <param name="Message">The run's final message.</param>
public sealed record RunView(
    string RunId,
    string Playbook,
    string? Alert,
    string Status,
    string? Outcome,
    string StartedAt,
    string? EndedAt,
    double? TimeToRecoverSeconds,
    bool HumanActed,
    string Message);
