namespace Remedy.Runtime.Safety;

/// <summary>An approval request and where it stands now.</summary>
/// <param name="Request">The request.</param>
/// <param name="Evaluation">Its current evaluation.</param>
public sealed record PendingApproval(ApprovalRequest Request, ApprovalEvaluation Evaluation);
