using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Storage;

namespace Remedy.Runtime.Safety;

/// <summary>
/// Holds a supervised step until enough people approve it, someone denies it, or the request expires.
/// Decisions arrive through the shared store (often from another process), so the gate polls it.
/// </summary>
internal sealed class ApprovalGate
{
    private readonly IApprovalStore store;
    private readonly AuditLog audit;
    private readonly TimeProvider clock;
    private readonly TimeSpan ttl;
    private readonly TimeSpan pollInterval;

    public ApprovalGate(IApprovalStore store, AuditLog audit, TimeProvider clock, TimeSpan ttl, TimeSpan pollInterval)
    {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.ttl = ttl;
        this.pollInterval = pollInterval > TimeSpan.Zero ? pollInterval : TimeSpan.FromSeconds(1);
    }

    /// <summary>Waits for a verdict; null means approved.</summary>
    public async Task<Refusal?> AwaitAsync(PlaybookManifest manifest, StepManifest step, string runId, string requestedBy, IReadOnlyCollection<string> targets, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var request = store.GetRequest(runId, step.Name);
        if (request is null)
        {
            var now = clock.GetUtcNow();
            var title = string.IsNullOrWhiteSpace(step.Title) ? step.Name : $"{step.Name} \"{step.Title}\"";
            var summary = $"{manifest.Name}: step {title} will run {string.Join(", ", step.Actions)} on {targets.Count} target(s): {string.Join(", ", targets.Take(20))}";
            request = new ApprovalRequest(runId, step.Name, manifest.Name, requestedBy, manifest.Approvers, now, now + ttl, summary) { Targets = [.. targets], SourceHash = manifest.SourceHash };
            if (store.TryCreateRequest(request))
            {
                audit.Record("runtime", "approval.requested", runId,
                    $"step '{step.Name}' of run {runId} needs {manifest.Approvers} approval(s) by {request.ExpiresAt:u}: {summary}");
            }
            else
            {
                request = store.GetRequest(runId, step.Name) ?? request;
            }
        }

        var lastReported = string.Empty;
        while (true)
        {
            var now = clock.GetUtcNow();
            var verdict = ApprovalPolicy.Evaluate(request, store.GetDecisions(runId, step.Name), now);
            if (verdict.Status == ApprovalStatus.Pending && verdict.Message != lastReported)
            {
                // Report changes only, so a display is not flooded once per poll.
                lastReported = verdict.Message;
                progress?.Report(new RunProgress(runId, null, $"waiting until {request.ExpiresAt:u}: {verdict.Message}", now, Waiting: true));
            }

            switch (verdict.Status)
            {
                case ApprovalStatus.Approved:
                    return null;
                case ApprovalStatus.Denied:
                    return new Refusal(GuardKind.ApprovalDenied, verdict.Message);
                case ApprovalStatus.Expired:
                    return new Refusal(GuardKind.ApprovalExpired, verdict.Message);
            }

            // Wake at the next poll, or just after expiry if that comes first, so expiry is noticed on time.
            var untilExpiry = request.ExpiresAt - now + TimeSpan.FromMilliseconds(1);
            await Task.Delay(untilExpiry < pollInterval ? untilExpiry : pollInterval, clock, cancellationToken).ConfigureAwait(false);
        }
    }
}
