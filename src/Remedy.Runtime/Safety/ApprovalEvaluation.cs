namespace Remedy.Runtime.Safety;

/// <summary>The verdict on an approval request.</summary>
/// <param name="Status">The status.</param>
/// <param name="ValidApprovers">The distinct people whose approvals count.</param>
/// <param name="Message">A message saying why.</param>
public sealed record ApprovalEvaluation(ApprovalStatus Status, IReadOnlyList<string> ValidApprovers, string Message);
