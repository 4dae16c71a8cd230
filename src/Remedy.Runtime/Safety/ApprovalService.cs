using Remedy.Runtime.Journal;
using Remedy.Runtime.Storage;

namespace Remedy.Runtime.Safety;

/// <summary>
/// Gives and lists approvals; what <c>remedy approvals</c>, <c>remedy approve</c> and <c>remedy deny</c> call,
/// typically from another process than the waiting run (they share the store). Every decision, accepted or
/// refused, is audited.
/// </summary>
public sealed class ApprovalService
{
    private readonly IApprovalStore store;
    private readonly AuditLog audit;
    private readonly TimeProvider clock;

    /// <summary>Creates the service.</summary>
    /// <param name="store">The shared approval store.</param>
    /// <param name="audit">The audit log.</param>
    /// <param name="clock">The clock.</param>
    public ApprovalService(IApprovalStore store, AuditLog audit, TimeProvider clock)
    {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /// <summary>Requests still waiting for decisions.</summary>
    /// <returns>The pending requests, newest first.</returns>
    public IReadOnlyList<PendingApproval> Pending()
    {
        var now = clock.GetUtcNow();
        return store.ListRequests()
            .Select(r => new PendingApproval(r, ApprovalPolicy.Evaluate(r, store.GetDecisions(r.RunId, r.Step), now)))
            .Where(p => p.Evaluation.Status == ApprovalStatus.Pending)
            .ToArray();
    }

    /// <summary>Approves a step.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="step">The step, or null for the run's only pending step.</param>
    /// <param name="by">Who approves.</param>
    /// <param name="comment">Why, optional.</param>
    /// <returns>Whether the approval was recorded, and why not.</returns>
    public DecisionResult Approve(string runId, string? step, string by, string comment = "") => Decide(runId, step, by, true, comment);

    /// <summary>Denies a step; the run stops and compensates.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="step">The step, or null for the run's only pending step.</param>
    /// <param name="by">Who denies.</param>
    /// <param name="comment">Why, optional.</param>
    /// <returns>Whether the denial was recorded, and why not.</returns>
    public DecisionResult Deny(string runId, string? step, string by, string comment = "") => Decide(runId, step, by, false, comment);

    private DecisionResult Decide(string runId, string? step, string by, bool approve, string comment)
    {
        var verb = approve ? "approval" : "denial";
        var now = clock.GetUtcNow();
        if (string.IsNullOrWhiteSpace(by))
        {
            return Refuse(runId, by, verb, new Refusal(GuardKind.ApprovalMissing, $"an {verb} needs the name of the person giving it"));
        }

        var ambiguity = string.Empty;
        var request = step is null
            ? SinglePending(runId, now, out ambiguity)
            : store.GetRequest(runId, step);
        if (request is null)
        {
            var why = step is null ? ambiguity : $"run {runId} has no approval request for step '{step}'";
            return Refuse(runId, by, verb, new Refusal(GuardKind.ApprovalMissing, why));
        }

        if (approve && ApprovalPolicy.SamePerson(by, request.RequestedBy))
        {
            return Refuse(runId, by, verb, new Refusal(GuardKind.SelfApproval,
                $"{by} requested run {runId} and cannot approve it; another person must approve step '{request.Step}'"));
        }

        var evaluation = ApprovalPolicy.Evaluate(request, store.GetDecisions(request.RunId, request.Step), now);
        if (evaluation.Status == ApprovalStatus.Expired || now > request.ExpiresAt)
        {
            return Refuse(runId, by, verb, new Refusal(GuardKind.ApprovalExpired,
                $"the approval request for step '{request.Step}' of run {runId} expired at {request.ExpiresAt:u}"));
        }

        if (evaluation.Status != ApprovalStatus.Pending)
        {
            return Refuse(runId, by, verb, new Refusal(GuardKind.ApprovalMissing,
                $"step '{request.Step}' of run {runId} is already decided: {evaluation.Message}"));
        }

        if (!store.TryAddDecision(new ApprovalDecision(request.RunId, request.Step, by.Trim(), approve, now, comment)))
        {
            return Refuse(runId, by, verb, new Refusal(GuardKind.ApprovalMissing,
                $"{by} already decided on step '{request.Step}' of run {runId}; approvals must come from different people"));
        }

        var message = $"{by} {(approve ? "approved" : "denied")} step '{request.Step}' of run {runId}" +
            (string.IsNullOrWhiteSpace(comment) ? string.Empty : $": {comment}");
        audit.Record(by, approve ? "approval.approved" : "approval.denied", runId, message);
        return new DecisionResult(true, message);
    }

    private ApprovalRequest? SinglePending(string runId, DateTimeOffset now, out string ambiguity)
    {
        var pending = store.ListRequests()
            .Where(r => r.RunId == runId && ApprovalPolicy.Evaluate(r, store.GetDecisions(r.RunId, r.Step), now).Status == ApprovalStatus.Pending)
            .ToArray();
        ambiguity = pending.Length == 0
            ? $"run {runId} has no step waiting for approval"
            : $"run {runId} has {pending.Length} steps waiting ({string.Join(", ", pending.Select(p => p.Step))}); name the step";
        return pending.Length == 1 ? pending[0] : null;
    }

    private DecisionResult Refuse(string runId, string by, string verb, Refusal refusal)
    {
        audit.Record(string.IsNullOrWhiteSpace(by) ? "(anonymous)" : by, $"approval.refused.{refusal.Guard}", runId, refusal.Message);
        return new DecisionResult(false, $"{verb} not recorded: {refusal.Message}", refusal);
    }
}
