namespace Remedy.Runtime.Safety;

/// <summary>A supervised step waiting for approval.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Step">The step.</param>
/// <param name="Playbook">The playbook.</param>
/// <param name="RequestedBy">Who started the run; they cannot approve it.</param>
/// <param name="RequiredApprovers">How many different people must approve.</param>
/// <param name="CreatedAt">When the request was made.</param>
/// <param name="ExpiresAt">After this, approvals no longer count and the step is refused.</param>
/// <param name="Summary">What will be done: the step, its actions and its targets.</param>
public sealed record ApprovalRequest(
    string RunId,
    string Step,
    string Playbook,
    string RequestedBy,
    int RequiredApprovers,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    string Summary)
{
    /// <summary>
    /// The targets the step will act on (the keys the blast radius counts), so an approver sees exactly what is
    /// at stake; empty for requests recorded before targets were kept.
    /// </summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>
    /// The source hash (<see cref="Manifest.PlaybookManifest.SourceHash"/>) of the playbook version the run executes,
    /// so the plan shown to an approver comes from that version even after the file was edited and reloaded;
    /// empty for requests recorded before the hash was kept.
    /// </summary>
    public string SourceHash { get; init; } = string.Empty;
}
