using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Safety;
using Remedy.Runtime.Tests.Support;

namespace Remedy.Runtime.Tests.Engine;

public sealed class ApprovalTests
{
    private static readonly RuntimeOptions Options = new() { ApprovalPollInterval = TimeSpan.FromSeconds(2), ApprovalTtl = TimeSpan.FromMinutes(15) };

    [Fact]
    public async Task A_supervised_step_waits_for_an_approval_then_acts()
    {
        using var h = new Harness(options: Options);
        var run = StartSupervised(h, "run-ok");
        var request = await WaitForRequestAsync(h, "run-ok");

        Assert.Empty(h.World.Log);
        Assert.Equal("alertmanager", request.RequestedBy);
        Assert.Contains("fix_things: step fix \"Fix the things\" will run set on 2 target(s): prod/a, prod/b", request.Summary);
        Assert.Single(h.Runtime.Approvals.Pending());

        var decision = h.Runtime.Approvals.Approve("run-ok", null, "bob", "looks right");
        Assert.True(decision.Accepted, decision.Message);
        var result = await h.Clock.AdvanceUntilAsync(run, Options.ApprovalPollInterval);
        Assert.Equal(RunOutcome.Succeeded, result.Outcome);
        Assert.Equal(["set:a=new", "set:b=new"], h.World.Log);
        Assert.Contains(h.Store.ReadAudit(), r => r.Entry.Kind == "approval.approved" && r.Entry.Actor == "bob");
    }

    [Fact]
    public async Task With_no_approval_the_request_expires_and_the_step_is_refused()
    {
        using var h = new Harness(options: Options);
        var run = StartSupervised(h, "run-expire");
        await WaitForRequestAsync(h, "run-expire");

        var result = await h.Clock.AdvanceUntilAsync(run, TimeSpan.FromMinutes(1));

        Assert.Equal(RunOutcome.Refused, result.Outcome);
        Assert.Equal(GuardKind.ApprovalExpired, result.Failure?.Refusal?.Guard);
        Assert.Contains("expired", result.Message);
        Assert.Empty(h.World.Log);
    }

    [Fact]
    public async Task An_approval_given_after_expiry_is_refused_and_does_not_count()
    {
        using var h = new Harness(options: Options);
        var run = StartSupervised(h, "run-late");
        await WaitForRequestAsync(h, "run-late");
        var result = await h.Clock.AdvanceUntilAsync(run, TimeSpan.FromMinutes(1));

        var late = h.Runtime.Approvals.Approve("run-late", "fix", "bob");
        Assert.False(late.Accepted);
        Assert.Equal(GuardKind.ApprovalExpired, late.Refusal?.Guard);
        Assert.Equal(RunOutcome.Refused, result.Outcome);
    }

    [Fact]
    public async Task A_denial_stops_the_run_before_any_mutation()
    {
        using var h = new Harness(options: Options);
        var run = StartSupervised(h, "run-deny");
        await WaitForRequestAsync(h, "run-deny");

        Assert.True(h.Runtime.Approvals.Deny("run-deny", "fix", "carol", "not during the sale").Accepted);
        var result = await h.Clock.AdvanceUntilAsync(run, Options.ApprovalPollInterval);

        Assert.Equal(RunOutcome.Refused, result.Outcome);
        Assert.Equal(GuardKind.ApprovalDenied, result.Failure?.Refusal?.Guard);
        Assert.Contains("denied by carol: not during the sale", result.Message);
        Assert.Empty(h.World.Log);
    }

    [Fact]
    public async Task The_requester_cannot_approve_their_own_run()
    {
        using var h = new Harness(options: Options);
        var run = StartSupervised(h, "run-self", requestedBy: "alice");
        await WaitForRequestAsync(h, "run-self");

        var self = h.Runtime.Approvals.Approve("run-self", "fix", "Alice");
        Assert.False(self.Accepted);
        Assert.Equal(GuardKind.SelfApproval, self.Refusal?.Guard);
        Assert.Contains("alice requested run run-self and cannot approve it", self.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(h.Store.ReadAudit(), r => r.Entry.Kind == "approval.refused.SelfApproval");

        // Even a self-approval written straight into the store (bypassing the service) does not count.
        h.Store.TryAddDecision(new ApprovalDecision("run-self", "fix", "alice", true, h.Clock.GetUtcNow()));
        var result = await h.Clock.AdvanceUntilAsync(run, TimeSpan.FromMinutes(1));
        Assert.Equal(GuardKind.ApprovalExpired, result.Failure?.Refusal?.Guard);
        Assert.Contains("an approval by the requester alice does not count", result.Message);
        Assert.Empty(h.World.Log);
    }

    [Fact]
    public async Task Approvers_2_needs_two_different_people()
    {
        using var h = new Harness(options: Options);
        var manifest = Harness.Manifest(AutonomyLevel.Supervised) with { Approvers = 2 };
        var run = h.RunAsync(Harness.SetAll(manifest, ["a"], 10), runId: "run-two");
        await WaitForRequestAsync(h, "run-two");

        Assert.True(h.Runtime.Approvals.Approve("run-two", "fix", "bob").Accepted);
        var again = h.Runtime.Approvals.Approve("run-two", "fix", "BOB");
        Assert.False(again.Accepted);
        Assert.Contains("approvals must come from different people", again.Message);
        h.Clock.Advance(Options.ApprovalPollInterval);
        await Task.Delay(20);
        Assert.Empty(h.World.Log);
        Assert.Contains("has 1", Assert.Single(h.Runtime.Approvals.Pending()).Evaluation.Message);

        Assert.True(h.Runtime.Approvals.Approve("run-two", "fix", "carol").Accepted);
        var result = await h.Clock.AdvanceUntilAsync(run, Options.ApprovalPollInterval);
        Assert.Equal(RunOutcome.Succeeded, result.Outcome);
        Assert.Equal(["set:a=new"], h.World.Log);
    }

    [Fact]
    public async Task A_pause_while_waiting_for_approval_still_stops_the_mutation()
    {
        using var h = new Harness(options: Options);
        var run = StartSupervised(h, "run-pause");
        await WaitForRequestAsync(h, "run-pause");

        h.Runtime.KillSwitch.Pause("ops", "maintenance window");
        Assert.True(h.Runtime.Approvals.Approve("run-pause", null, "bob").Accepted);
        var result = await h.Clock.AdvanceUntilAsync(run, Options.ApprovalPollInterval);

        Assert.Equal(GuardKind.KillSwitch, result.Failure?.Refusal?.Guard);
        Assert.Empty(h.World.Log);
    }

    [Fact]
    public async Task Progress_shows_the_wait_and_the_work()
    {
        var events = new List<RunProgress>();
        var progress = new SyncProgress<RunProgress>(e => { lock (events) { events.Add(e); } });
        using var h = new Harness(options: Options with { Progress = progress });
        var run = StartSupervised(h, "run-progress");
        await WaitForRequestAsync(h, "run-progress");
        await Eventually.TrueAsync(() => { lock (events) { return events.Any(e => e.Waiting); } }, "the waiting event");
        h.Runtime.Approvals.Approve("run-progress", "fix", "bob");
        await h.Clock.AdvanceUntilAsync(run, Options.ApprovalPollInterval);

        RunProgress[] seen;
        lock (events)
        {
            seen = events.ToArray();
        }

        var waiting = Assert.Single(seen, e => e.Waiting);
        Assert.Contains("needs 1 approval(s) from people other than alertmanager; has 0", waiting.Message);
        Assert.Contains(seen, e => e.Message == "step 'fix' approved");
        Assert.Equal(2, seen.Count(e => e.Kind == JournalKind.Done));
    }

    [Fact]
    public void Approving_a_run_with_nothing_pending_is_a_clear_refusal()
    {
        using var h = new Harness(options: Options);
        var result = h.Runtime.Approvals.Approve("no-such-run", null, "bob");
        Assert.False(result.Accepted);
        Assert.Equal("approval not recorded: run no-such-run has no step waiting for approval", result.Message);
    }

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    private static Task<RunResult> StartSupervised(Harness h, string runId, string requestedBy = "alertmanager") =>
        h.RunAsync(Harness.SetAll(Harness.Manifest(AutonomyLevel.Supervised), ["a", "b"], 10), requestedBy, runId: runId);

    private static async Task<ApprovalRequest> WaitForRequestAsync(Harness h, string runId)
    {
        await Eventually.TrueAsync(() => h.Store.GetRequest(runId, "fix") is not null, $"the approval request of {runId}");
        return h.Store.GetRequest(runId, "fix")!;
    }
}
