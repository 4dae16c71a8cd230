namespace Remedy.Server.Intake;

/// <summary>The 202 body of <c>POST /api/v1/alerts</c>.</summary>
/// <param name="Accepted">Alerts journaled and queued for the playbooks.</param>
/// <param name="Deduplicated">Alerts journaled but folded into the same alert accepted within the dedup window.</param>
/// <param name="Ids">The journal id of every alert of the payload, in payload order.</param>
public sealed record IntakeResponse(int Accepted, int Deduplicated, IReadOnlyList<string> Ids);
