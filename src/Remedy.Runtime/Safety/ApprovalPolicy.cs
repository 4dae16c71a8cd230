namespace Remedy.Runtime.Safety;

/// <summary>
/// Decides whether a request is approved. Pure, so every rule is tested without a store or a clock:
/// approvals count only from people other than the requester, each person once, and only when given before
/// the request expired; one denial in time refuses the step.
/// </summary>
public static class ApprovalPolicy
{
    /// <summary>Evaluates a request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="decisions">Every decision recorded for it.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The verdict.</returns>
    public static ApprovalEvaluation Evaluate(ApprovalRequest request, IEnumerable<ApprovalDecision> decisions, DateTimeOffset now)
    {
        var inTime = decisions.Where(d => d.At <= request.ExpiresAt).ToArray();
        var denial = inTime.FirstOrDefault(d => !d.Approved);
        if (denial is not null)
        {
            var why = string.IsNullOrWhiteSpace(denial.Comment) ? string.Empty : $": {denial.Comment}";
            return new(ApprovalStatus.Denied, [], $"step '{request.Step}' of run {request.RunId} was denied by {denial.By}{why}");
        }

        var valid = inTime
            .Where(d => d.Approved && !SamePerson(d.By, request.RequestedBy))
            .Select(d => d.By)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        var ignored = inTime.Where(d => d.Approved && SamePerson(d.By, request.RequestedBy)).Select(d => d.By).ToArray();
        var note = ignored.Length > 0 ? $" (an approval by the requester {ignored[0]} does not count)" : string.Empty;

        if (valid.Length >= request.RequiredApprovers)
        {
            return new(ApprovalStatus.Approved, valid, $"step '{request.Step}' approved by {string.Join(", ", valid)}");
        }

        if (now > request.ExpiresAt)
        {
            return new(ApprovalStatus.Expired, valid,
                $"approval for step '{request.Step}' of run {request.RunId} expired at {request.ExpiresAt:u} with {valid.Length} of {request.RequiredApprovers} approvals{note}");
        }

        return new(ApprovalStatus.Pending, valid,
            $"step '{request.Step}' of run {request.RunId} needs {request.RequiredApprovers} approval(s) from people other than {request.RequestedBy}; has {valid.Length}{note}");
    }

    /// <summary>Whether two names are one person (names are compared case-insensitively; "Alice" is "alice").</summary>
    /// <param name="a">One name.</param>
    /// <param name="b">The other.</param>
    /// <returns>True when equal ignoring case and surrounding spaces.</returns>
    public static bool SamePerson(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
