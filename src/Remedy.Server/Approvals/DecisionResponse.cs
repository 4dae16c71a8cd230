namespace Remedy.Server.Approvals;

/// <summary>The answer to a decision: where the approval stands now.</summary>
/// <param name="Id">The approval id.</param>
/// <param name="Status">pending, approved, denied or expired.</param>
/// <param name="ApprovedBy">Whose approvals count.</param>
/// <param name="Message">What happened, as a sentence.</param>
public sealed record DecisionResponse(string Id, string Status, IReadOnlyList<string> ApprovedBy, string Message);
