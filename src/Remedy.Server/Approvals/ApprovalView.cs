namespace Remedy.Server.Approvals;

/// <summary>A pending approval as <c>GET /api/v1/approvals</c> lists it.</summary>
/// <param name="Id">The approval id (<c>run.step</c>), used in <c>POST /api/v1/approvals/{id}</c>.</param>
/// <param name="RunId">The waiting run.</param>
/// <param name="Playbook">Its playbook.</param>
/// <param name="Step">The step waiting.</param>
/// <param name="RequestedBy">Who started the run (cannot approve it).</param>
/// <param name="RequestedAt">When approval was requested.</param>
/// <param name="ExpiresAt">When the request expires.</param>
/// <param name="Required">How many different people must approve.</param>
/// <param name="ApprovedBy">Who approved so far.</param>
/// <param name="Summary">The runtime's one-line summary.</param>
/// <param name="Plan">What will be done.</param>
public sealed record ApprovalView(
    string Id,
    string RunId,
    string Playbook,
    string Step,
    string RequestedBy,
    string RequestedAt,
    string ExpiresAt,
    int Required,
    IReadOnlyList<string> ApprovedBy,
    string Summary,
    ApprovalPlan Plan);
