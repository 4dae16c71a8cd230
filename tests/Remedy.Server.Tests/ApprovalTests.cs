using System.Net;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Safety;
using Remedy.Runtime.Storage;
using Remedy.Server.Tests.Support;

namespace Remedy.Server.Tests;

/// <summary>The approval API: the plan an approver sees, bearer tokens, self-approval, unknown, decided and expired approvals.</summary>
public sealed class ApprovalTests
{
    [Fact]
    public async Task A_pending_approval_shows_its_plan_and_an_approval_by_another_person_lets_the_run_proceed()
    {
        await using var workspace = new ServerWorkspace();
        await workspace.StartAsync();
        await workspace.PostAlertAsync(ServerWorkspace.Payload());

        var approval = await workspace.PendingApprovalAsync();

        var id = approval.GetProperty("id").GetString()!;
        var runId = approval.GetProperty("runId").GetString()!;
        Assert.Equal($"{runId}.trash", id);
        Assert.Equal("trash_logs", approval.GetProperty("playbook").GetString());
        Assert.Equal("trash", approval.GetProperty("step").GetString());
        Assert.Equal("alertmanager", approval.GetProperty("requestedBy").GetString());
        Assert.Equal(1, approval.GetProperty("required").GetInt32());
        Assert.Equal(0, approval.GetProperty("approvedBy").GetArrayLength());
        Assert.EndsWith("Z", approval.GetProperty("expiresAt").GetString());
        var plan = approval.GetProperty("plan");
        Assert.Equal(ServerWorkspace.Logs, plan.GetProperty("targets").EnumerateArray().Select(t => t.GetString()).ToArray());
        var step = plan.GetProperty("steps")[0];
        Assert.Equal("trash", step.GetProperty("name").GetString());
        Assert.Equal("mutating", step.GetProperty("effect").GetString());
        Assert.Equal("std.files.move_to_trash", step.GetProperty("actions")[0].GetString());
        var rollback = plan.GetProperty("rollbacks")[0];
        Assert.True(rollback.GetProperty("reversible").GetBoolean());
        Assert.Equal("files.restore(path, trash_path)", rollback.GetProperty("rollback").GetString());
        Assert.Equal(5, plan.GetProperty("blastRadius").GetProperty("maxTargets").GetInt32());
        Assert.Contains("remedy_approvals_pending 1", await workspace.MetricsAsync());
        var waiting = (await workspace.RunsAsync()).Single();
        Assert.Equal("waiting_for_approval", waiting.GetProperty("status").GetString());
        Assert.Equal(ServerWorkspace.Logs, workspace.RemainingLogs());

        var approved = await workspace.DecideAsync(id, ServerWorkspace.AliceToken, "approve", "disk is full, logs can go");

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var body = await ServerWorkspace.JsonOf(approved);
        Assert.Equal("approved", body.GetProperty("status").GetString());
        Assert.Equal("alice", body.GetProperty("approvedBy")[0].GetString());
        Assert.Contains("alice approved step 'trash'", body.GetProperty("message").GetString());
        await ServerWorkspace.EventuallyAsync(async () => (await workspace.RunsAsync()).Single().GetProperty("outcome").GetString() == "succeeded", "the approved run to succeed");
        var run = (await workspace.RunsAsync()).Single();
        Assert.True(run.GetProperty("humanActed").GetBoolean());
        Assert.Empty(workspace.RemainingLogs());
        Assert.Equal(0, (await workspace.GetJsonAsync("api/v1/approvals")).GetArrayLength());

        var again = await workspace.DecideAsync(id, ServerWorkspace.BobToken, "deny");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already decided", (await ServerWorkspace.JsonOf(again)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task After_the_playbook_is_edited_and_reloaded_the_approval_still_shows_the_steps_of_the_version_the_run_executes()
    {
        await using var workspace = new ServerWorkspace();
        await workspace.StartAsync();
        await workspace.PostAlertAsync(ServerWorkspace.Payload());
        var id = (await workspace.PendingApprovalAsync()).GetProperty("id").GetString()!;

        // The edit renames and retitles the step: the new version's plan differs from what the waiting run will do.
        var file = Path.Combine(workspace.Playbooks, "ops.remedy");
        File.WriteAllText(file, File.ReadAllText(file).Replace("step trash \"Move the logs to the trash\"", "step purge \"Purge the logs\"", StringComparison.Ordinal));
        await ServerWorkspace.EventuallyAsync(async () => (await workspace.GetJsonAsync("api/v1/status")).GetProperty("reload").GetProperty("version").GetInt32() == 2, "the edited playbooks to be reloaded");

        var approval = await workspace.PendingApprovalAsync();

        Assert.Equal(id, approval.GetProperty("id").GetString());
        var plan = approval.GetProperty("plan");
        var step = Assert.Single(plan.GetProperty("steps").EnumerateArray());
        Assert.Equal("trash", step.GetProperty("name").GetString());
        Assert.Equal("Move the logs to the trash", step.GetProperty("title").GetString());
        Assert.Equal("files.restore(path, trash_path)", plan.GetProperty("rollbacks")[0].GetProperty("rollback").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, plan.GetProperty("note").ValueKind);

        // And that old version is what runs once approved.
        Assert.Equal(HttpStatusCode.OK, (await workspace.DecideAsync(id, ServerWorkspace.AliceToken, "approve")).StatusCode);
        await ServerWorkspace.EventuallyAsync(async () => (await workspace.RunsAsync()).Single().GetProperty("outcome").GetString() == "succeeded", "the approved run to succeed");
        Assert.Empty(workspace.RemainingLogs());
    }

    [Fact]
    public async Task An_approval_of_a_version_no_longer_loaded_shows_its_targets_and_a_note_instead_of_another_versions_steps()
    {
        await using var workspace = new ServerWorkspace();
        await workspace.StartAsync();

        // A run of another process on the same state file, executing a version of trash_logs this server never loaded.
        Assert.True(SqliteStore.TryOpen(workspace.State, SqliteDurability.Normal, out var other, out var error), error);
        using (other)
        {
            var now = DateTimeOffset.UtcNow;
            Assert.True(other.TryStartRun(new RunRecord("20261126T150000-0123456789", "trash_logs", "alertmanager", false, now, Owner: "elsewhere/1/1")));
            Assert.True(other.TryCreateRequest(new ApprovalRequest("20261126T150000-0123456789", "trash", "trash_logs", "alertmanager", 1, now, now.AddMinutes(15), "trash_logs: step trash will run std.files.move_to_trash on 1 target(s): a.log")
            {
                Targets = ["a.log"],
                SourceHash = new string('a', 64),
            }));
        }

        var plan = (await workspace.PendingApprovalAsync()).GetProperty("plan");

        Assert.Equal(["a.log"], plan.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToArray());
        Assert.Equal(0, plan.GetProperty("steps").GetArrayLength());
        Assert.Equal(0, plan.GetProperty("rollbacks").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, plan.GetProperty("blastRadius").ValueKind);
        var note = plan.GetProperty("note").GetString()!;
        Assert.Contains("changed since run 20261126T150000-0123456789 started", note);
        Assert.Contains("on 1 target(s): a.log", note);
    }

    [Fact]
    public async Task Missing_and_wrong_tokens_get_401_self_approval_403_unknown_ids_404_and_nothing_is_recorded()
    {
        await using var workspace = new ServerWorkspace();
        await workspace.StartAsync();
        await workspace.PostAlertAsync(ServerWorkspace.Payload());
        var id = (await workspace.PendingApprovalAsync()).GetProperty("id").GetString()!;

        var missing = await workspace.DecideAsync(id, null, "approve");
        var wrong = await workspace.DecideAsync(id, "not-a-token-at-all-123", "approve");
        var self = await workspace.DecideAsync(id, ServerWorkspace.RequesterToken, "approve");
        var unknown = await workspace.DecideAsync("20261126T000000-0000000000.trash", ServerWorkspace.AliceToken, "approve");
        var noStep = await workspace.DecideAsync("nonsense", ServerWorkspace.AliceToken, "approve");
        var badDecision = await workspace.DecideAsync(id, ServerWorkspace.AliceToken, "maybe");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Contains("missing Authorization header", (await ServerWorkspace.JsonOf(missing)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("not valid", (await ServerWorkspace.JsonOf(wrong)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        Assert.Contains("cannot approve it", (await ServerWorkspace.JsonOf(self)).GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noStep.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDecision.StatusCode);
        Assert.Equal("$.decision", (await ServerWorkspace.JsonOf(badDecision)).GetProperty("location").GetString());
        var still = await workspace.PendingApprovalAsync();
        Assert.Equal(0, still.GetProperty("approvedBy").GetArrayLength());
        Assert.Equal(ServerWorkspace.Logs, workspace.RemainingLogs());

        // A denial stops the run: it is refused and nothing was changed. A bare run id names its only waiting step.
        var denied = await workspace.DecideAsync(id.Split('.')[0], ServerWorkspace.BobToken, "deny", "not during the sale");
        Assert.Equal(HttpStatusCode.OK, denied.StatusCode);
        Assert.Equal("denied", (await ServerWorkspace.JsonOf(denied)).GetProperty("status").GetString());
        await ServerWorkspace.EventuallyAsync(async () => (await workspace.RunsAsync()).Single().GetProperty("outcome").GetString() == "refused", "the denied run to be refused");
        Assert.Equal(ServerWorkspace.Logs, workspace.RemainingLogs());
        Assert.Contains("remedy_guard_refusals_total{kind=\"approval_denied\"} 1", await workspace.MetricsAsync());
    }

    [Fact]
    public async Task An_expired_approval_gets_410()
    {
        await using var workspace = new ServerWorkspace();
        await workspace.StartAsync(approvalTtl: TimeSpan.FromSeconds(1));
        await workspace.PostAlertAsync(ServerWorkspace.Payload());
        var id = (await workspace.PendingApprovalAsync()).GetProperty("id").GetString()!;
        await Task.Delay(1500);

        var late = await workspace.DecideAsync(id, ServerWorkspace.AliceToken, "approve");

        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        var body = await ServerWorkspace.JsonOf(late);
        Assert.Equal("expired", body.GetProperty("status").GetString());
        Assert.Contains("expired", body.GetProperty("message").GetString());
        await ServerWorkspace.EventuallyAsync(async () => (await workspace.RunsAsync()).Single().GetProperty("outcome").GetString() == "refused", "the expired run to be refused");
        Assert.Equal(ServerWorkspace.Logs, workspace.RemainingLogs());
    }

    [Fact]
    public async Task Without_a_tokens_file_decisions_are_refused_with_a_reason()
    {
        await using var workspace = new ServerWorkspace();
        await workspace.StartAsync(o => o with { Tokens = null });
        await workspace.PostAlertAsync(ServerWorkspace.Payload());
        var id = (await workspace.PendingApprovalAsync()).GetProperty("id").GetString()!;

        var response = await workspace.DecideAsync(id, ServerWorkspace.AliceToken, "approve");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("--tokens", (await ServerWorkspace.JsonOf(response)).GetProperty("error").GetString());
    }
}
