using Microsoft.AspNetCore.Http;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Safety;
using Remedy.Runtime.Storage;
using Remedy.Server.Hosting;
using Remedy.Server.Playbooks;

namespace Remedy.Server.Approvals;

/// <summary>
/// Approvals over HTTP: lists what waits (with the plan an approver must see) and records decisions through the
/// runtime's <see cref="ApprovalService"/>, mapping each refusal to its status code.
/// </summary>
public sealed class ApprovalDesk
{
    private readonly PlaybookRuntime runtime;
    private readonly IRuntimeStore store;
    private readonly PlaybookCatalog catalog;
    private readonly TimeProvider clock;

    /// <summary>Creates the desk.</summary>
    /// <param name="runtime">The runtime (its approval service).</param>
    /// <param name="store">The store (requests, decisions, runs).</param>
    /// <param name="catalog">The running playbooks, for plans.</param>
    /// <param name="clock">The clock.</param>
    public ApprovalDesk(PlaybookRuntime runtime, IRuntimeStore store, PlaybookCatalog catalog, TimeProvider clock)
    {
        this.runtime = runtime;
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
    }

    /// <summary>
    /// Pending approvals of runs still open, oldest first. A request whose run already ended (cancelled by a stop,
    /// closed by recovery) can no longer let anything happen, so it is not shown.
    /// </summary>
    /// <returns>The approvals.</returns>
    public IReadOnlyList<ApprovalView> Pending()
    {
        var open = store.ListRuns(openOnly: true, int.MaxValue).Select(r => r.RunId).ToHashSet(StringComparer.Ordinal);
        return runtime.Approvals.Pending()
            .Where(p => open.Contains(p.Request.RunId))
            .OrderBy(p => p.Request.CreatedAt)
            .Select(p => View(p.Request, p.Evaluation))
            .ToArray();
    }

    /// <summary>Records a decision.</summary>
    /// <param name="id">The approval id (<c>run.step</c>), or a run id whose only waiting step is meant.</param>
    /// <param name="identity">Who decides (from their token).</param>
    /// <param name="approve">Approve or deny.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The status code and body.</returns>
    public (int Status, DecisionResponse? Body, ApiError? Error) Decide(string id, string identity, bool approve, string reason)
    {
        if (!ApprovalId.TryParse(id, out var runId, out var step))
        {
            // A bare run id names its step when exactly one is waiting (what 'remedy approvals' shows people first).
            var waiting = runtime.Approvals.Pending().Where(p => p.Request.RunId == id).ToArray();
            if (waiting.Length == 1) step = waiting[0].Request.Step;
        }

        if (step.Length == 0 || store.GetRequest(runId, step) is not { } request)
        {
            return (StatusCodes.Status404NotFound, null, new ApiError($"no approval '{id}'; GET /api/v1/approvals lists the pending ones (ids are run.step)", "id"));
        }

        id = ApprovalId.Of(runId, step);
        var before = Evaluate(request);
        if (approve && ApprovalPolicy.SamePerson(identity, request.RequestedBy))
        {
            return Refused(StatusCodes.Status403Forbidden, id, before, $"{identity} requested run {runId} and cannot approve it; another person must");
        }

        if (before.Status == ApprovalStatus.Expired)
        {
            return Refused(StatusCodes.Status410Gone, id, before, before.Message);
        }

        if (before.Status != ApprovalStatus.Pending || store.ListRuns(openOnly: true, int.MaxValue).All(r => r.RunId != runId))
        {
            return Refused(StatusCodes.Status409Conflict, id, before, before.Status == ApprovalStatus.Pending
                ? $"run {runId} has ended, so step '{step}' can no longer be decided"
                : $"already decided: {before.Message}");
        }

        var result = approve ? runtime.Approvals.Approve(runId, step, identity, reason) : runtime.Approvals.Deny(runId, step, identity, reason);
        var after = Evaluate(request);
        if (result.Accepted)
        {
            return (StatusCodes.Status200OK, new DecisionResponse(id, SnakeCase.Of(after.Status), after.ValidApprovers, result.Message), null);
        }

        var status = result.Refusal?.Guard switch
        {
            GuardKind.SelfApproval => StatusCodes.Status403Forbidden,
            GuardKind.ApprovalExpired => StatusCodes.Status410Gone,
            _ => StatusCodes.Status409Conflict,
        };
        return Refused(status, id, after, result.Message);
    }

    private static (int, DecisionResponse?, ApiError?) Refused(int status, string id, ApprovalEvaluation evaluation, string message) =>
        (status, new DecisionResponse(id, SnakeCase.Of(evaluation.Status), evaluation.ValidApprovers, message), null);

    private ApprovalEvaluation Evaluate(ApprovalRequest request) =>
        ApprovalPolicy.Evaluate(request, store.GetDecisions(request.RunId, request.Step), clock.GetUtcNow());

    private ApprovalView View(ApprovalRequest request, ApprovalEvaluation evaluation) => new(
        ApprovalId.Of(request.RunId, request.Step),
        request.RunId,
        request.Playbook,
        request.Step,
        request.RequestedBy,
        IsoTime.Format(request.CreatedAt),
        IsoTime.Format(request.ExpiresAt),
        request.RequiredApprovers,
        evaluation.ValidApprovers,
        request.Summary,
        Plan(request, ManifestRunBy(request)));

    /// <summary>
    /// The manifest of the version the request's run executes, or null when it is not known: the plan must show what
    /// will actually run, never a version loaded after the run started.
    /// </summary>
    private PlaybookManifest? ManifestRunBy(ApprovalRequest request)
    {
        // A run going in this process knows its own manifest, whatever was reloaded since.
        if (runtime.RunningManifest(request.RunId) is { } running
            && (request.SourceHash.Length == 0 || running.SourceHash == request.SourceHash))
        {
            return running;
        }

        // A run of another process on the same state file: the loaded version is right only if its hash matches.
        return catalog.Current.Find(request.Playbook)?.Manifest is { } current
            && request.SourceHash.Length > 0 && current.SourceHash == request.SourceHash
            ? current
            : null;
    }

    private static ApprovalPlan Plan(ApprovalRequest request, PlaybookManifest? manifest)
    {
        if (manifest is null)
        {
            // The request still says what is at stake; steps of another version would mislead the approver.
            return new ApprovalPlan(request.Targets, [], [], null,
                $"the playbook '{request.Playbook}' changed since run {request.RunId} started and the version it runs is no longer loaded; its steps and rollbacks cannot be shown, only the targets and the summary: {request.Summary}");
        }

        var steps = manifest.Steps.Select(s => new PlanStep(s.Name, s.Title, SnakeCase.Of(s.Effect), s.Actions)).ToArray();
        var rollbacks = manifest.Steps.SelectMany(s => s.Actions).Distinct(StringComparer.Ordinal)
            .Select(manifest.FindAction)
            .OfType<ActionDescriptor>()
            .Where(a => a.IsMutation)
            .Select(a => a.Rollback is { } r
                ? new PlanRollback(a.Name, true, $"{r.ProviderId}({string.Join(", ", r.Arguments.Select(x => x.Parameter == x.Source ? x.Source : $"{x.Parameter}: {x.Source}"))})")
                : new PlanRollback(a.Name, false, $"irreversible: {a.IrreversibleReason}"))
            .ToArray();
        var blast = manifest.BlastRadius is { } b
            ? new BlastRadiusView(b.MaxTargets, b.MaxPercent, b.ScopeField is null ? null : $"{b.ScopeField} == \"{b.ScopeValue}\"")
            : null;
        return new ApprovalPlan(request.Targets, steps, rollbacks, blast);
    }
}
