using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Safety;
using Remedy.Runtime.Tests.Support;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Engine;

public sealed class FailureTests
{
    [Fact]
    public async Task A_failure_compensates_every_intent_in_reverse_order()
    {
        using var h = new Harness();
        h.World.Values["a"] = "a0";
        h.World.Values["b"] = "b0";
        h.World.FailOn.Add("c");

        var result = await h.RunAsync(Harness.SetAll(Harness.Manifest(), ["a", "b", "c"], 10));

        Assert.Equal(RunOutcome.Failed, result.Outcome);
        Assert.Equal(FailureKind.Conflict, result.Failure?.ProviderFailure?.Kind);
        Assert.Equal(new CompensationReport(3, 0, 0), result.Failure?.Compensation);
        Assert.Equal(["set:a=new", "set:b=new", "fail:c", "undo:c=", "undo:b=b0", "undo:a=a0"], h.World.Log);
        Assert.Equal("a0", h.World.Get("a"));
        Assert.Equal("b0", h.World.Get("b"));
        Assert.Contains("3 compensated, 0 compensation(s) failed and escalated, 0 irreversible", result.Message);
    }

    [Fact]
    public async Task A_hanging_provider_is_cancelled_at_its_timeout_and_counted_as_a_failure()
    {
        using var h = new Harness();
        h.World.HangOn.Add("b");
        var run = h.RunAsync(Harness.SetAll(Harness.Manifest(), ["a", "b"], 10));
        await h.World.Hung.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var result = await h.Clock.AdvanceUntilAsync(run, TimeSpan.FromSeconds(5));

        Assert.Equal(RunOutcome.Failed, result.Outcome);
        Assert.Equal(FailureKind.Timeout, result.Failure?.ProviderFailure?.Kind);
        Assert.Contains("did not finish within 00:00:30 and was cancelled", result.Message);
        Assert.Equal(["set:a=new", "hang:b", "undo:b=", "undo:a="], h.World.Log);
        Assert.Equal(1, h.Store.CountFailures("fix_things", DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public async Task A_provider_that_throws_is_a_typed_failure()
    {
        using var h = new Harness();
        h.World.ThrowOn.Add("a");
        var result = await h.RunAsync(Harness.SetAll(Harness.Manifest(), ["a"], 10));
        Assert.Equal(FailureKind.Error, result.Failure?.ProviderFailure?.Kind);
        Assert.Contains("threw InvalidOperationException: boom on a", result.Message);
    }

    [Fact]
    public async Task A_failed_compensation_is_journaled_and_escalated_never_dropped()
    {
        using var h = new Harness();
        h.World.FailOn.Add("b");
        h.World.FailUndoOn.Add("a");
        var result = await h.RunAsync(Harness.SetAll(Harness.Manifest(), ["a", "b"], 10));

        Assert.Equal(new CompensationReport(1, 1, 0), result.Failure?.Compensation);
        var failed = Assert.Single(h.Runtime.History(result.RunId), e => e.Kind == JournalKind.CompensationFailed);
        Assert.Contains("could not undo 'set' on 'prod/a' with fake.restore after 3 attempt(s)", failed.Message);
        Assert.Contains("ESCALATE #oncall", h.Notifications.ToString());
        Assert.Contains("manual action needed", h.Notifications.ToString());
        Assert.Contains(h.Store.ReadAudit(), r => r.Entry.Kind == "compensation.failed");
    }

    [Fact]
    public async Task Irreversible_mutations_are_reported_not_compensated()
    {
        using var h = new Harness();
        var manifest = Harness.Manifest(AutonomyLevel.Supervised) with
        {
            Steps = [new StepManifest { Name = "fix", Effect = Effect.Mutating, Actions = ["delete", "set"] }],
        };
        var playbook = new ScriptedPlaybook(manifest, (ctx, ct) => ctx.StepAsync("fix", async t =>
        {
            var set = ctx.Targets([Harness.Target("a")], 10);
            await ctx.InvokeAsync("delete", MapValue.Of(("target", "a")), set.Items[0], t);
            ctx.Abort("changed my mind");
        }, ct));

        var run = h.RunAsync(playbook, runId: "run-abort");
        await Eventually.TrueAsync(() => h.Store.GetRequest("run-abort", "fix") is not null, "the approval request");
        h.Runtime.Approvals.Approve("run-abort", "fix", "bob");
        var result = await h.Clock.AdvanceUntilAsync(run, TimeSpan.FromSeconds(2));

        Assert.Equal(RunOutcome.Aborted, result.Outcome);
        Assert.Equal("aborted: changed my mind", result.Failure?.Message);
        Assert.Equal(new CompensationReport(0, 0, 1), result.Failure?.Compensation);
        Assert.Contains(h.Runtime.History(result.RunId), e => e.Kind == JournalKind.CompensationSkipped);
    }

    [Fact]
    public async Task A_step_is_retried_with_a_fresh_idempotency_key()
    {
        using var h = new Harness();
        var manifest = Harness.Manifest() with
        {
            Steps = [new StepManifest { Name = "fix", Effect = Effect.Mutating, Actions = ["set"], Retries = 2, Backoff = TimeSpan.FromSeconds(10) }],
        };
        h.World.FailNextCalls = 1;
        var result = await h.Clock.AdvanceUntilAsync(h.RunAsync(Harness.SetAll(manifest, ["a"], 10), runId: "run-retry"), TimeSpan.FromSeconds(10));

        Assert.Equal(RunOutcome.Succeeded, result.Outcome);
        Assert.Equal(["fail:a", "set:a=new"], h.World.Log);
        Assert.Equal(["run-retry/fix/set/prod/a/0", "run-retry/fix/set/prod/a/1"], h.World.CallsPerKey.Keys.Order());
        Assert.All(h.World.CallsPerKey.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task A_verify_that_never_holds_fails_the_run_and_compensates()
    {
        using var h = new Harness();
        var manifest = Harness.Manifest();
        var checks = 0;
        var playbook = new ScriptedPlaybook(manifest, async (ctx, ct) =>
        {
            await Harness.SetAll(manifest, ["a"], 10).ExecuteAsync(ctx, ct);
            await ctx.VerifyAsync("recovered", _ => { checks++; return Task.FromResult(false); }, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(15), ct);
        });

        var result = await h.Clock.AdvanceUntilAsync(h.RunAsync(playbook), TimeSpan.FromSeconds(15));

        Assert.Equal(RunOutcome.Failed, result.Outcome);
        Assert.Contains("verify 'recovered' did not hold within 00:01:00", result.Message);
        // At 0s, 15s, 30s, 45s and 60s; fewer only if a slow machine let the clock run ahead between checks.
        Assert.InRange(checks, 2, 5);
        Assert.Equal(["set:a=new", "undo:a="], h.World.Log);
        Assert.Contains(h.Runtime.History(result.RunId), e => e.Kind == JournalKind.VerifyResult && e.Data == BoolValue.Of(false));
    }

    [Fact]
    public async Task A_verify_that_holds_after_polling_passes()
    {
        using var h = new Harness();
        var manifest = Harness.Manifest();
        var checks = 0;
        var playbook = new ScriptedPlaybook(manifest, async (ctx, ct) =>
        {
            await Harness.SetAll(manifest, ["a"], 10).ExecuteAsync(ctx, ct);
            await ctx.VerifyAsync("recovered", _ => Task.FromResult(++checks >= 3), TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(15), ct);
        });

        var result = await h.Clock.AdvanceUntilAsync(h.RunAsync(playbook), TimeSpan.FromSeconds(15));
        Assert.Equal(RunOutcome.Succeeded, result.Outcome);
        Assert.Equal(3, checks);
    }

    [Fact]
    public async Task A_step_timeout_is_reported_as_such_and_compensated()
    {
        using var h = new Harness();
        h.World.HangOn.Add("b");
        var manifest = Harness.Manifest() with
        {
            Actions = [Harness.SetAction with { Timeout = TimeSpan.FromMinutes(5) }, Harness.DeleteAction],
            Steps = [new StepManifest { Name = "fix", Effect = Effect.Mutating, Actions = ["set"], Timeout = TimeSpan.FromMinutes(1) }],
        };

        var result = await h.Clock.AdvanceUntilAsync(h.RunAsync(Harness.SetAll(manifest, ["a", "b"], 10)), TimeSpan.FromSeconds(20));

        Assert.Equal(RunOutcome.Failed, result.Outcome);
        Assert.Equal(FailureKind.Timeout, result.Failure?.ProviderFailure?.Kind);
        Assert.Contains("step 'fix' exceeded its timeout of 00:01:00", result.Message);
        Assert.Equal(["set:a=new", "hang:b", "undo:b=", "undo:a="], h.World.Log);
    }

    [Fact]
    public async Task The_run_timeout_stops_the_run_and_compensates()
    {
        using var h = new Harness();
        var manifest = Harness.Manifest() with { Timeout = TimeSpan.FromMinutes(5) };
        var playbook = new ScriptedPlaybook(manifest, async (ctx, ct) =>
        {
            await Harness.SetAll(manifest, ["a"], 10).ExecuteAsync(ctx, ct);
            await ctx.WaitAsync(TimeSpan.FromHours(1), ct);
        });

        var result = await h.Clock.AdvanceUntilAsync(h.RunAsync(playbook), TimeSpan.FromMinutes(1));

        Assert.Equal(RunOutcome.TimedOut, result.Outcome);
        Assert.Contains("exceeded its timeout of 00:05:00", result.Message);
        Assert.Equal(["set:a=new", "undo:a="], h.World.Log);
    }

    [Fact]
    public async Task Cancelling_a_run_compensates_it()
    {
        using var h = new Harness();
        using var cancel = new CancellationTokenSource();
        var manifest = Harness.Manifest();
        var playbook = new ScriptedPlaybook(manifest, async (ctx, ct) =>
        {
            await Harness.SetAll(manifest, ["a"], 10).ExecuteAsync(ctx, ct);
            await cancel.CancelAsync();
            await ctx.WaitAsync(TimeSpan.FromMinutes(1), ct);
        });

        var result = await h.RunAsync(playbook, cancellationToken: cancel.Token);
        Assert.Equal(RunOutcome.Cancelled, result.Outcome);
        Assert.Equal(["set:a=new", "undo:a="], h.World.Log);
    }

    [Fact]
    public async Task Generated_code_that_swallows_a_refusal_still_cannot_act()
    {
        using var h = new Harness();
        h.Runtime.KillSwitch.Pause("ops", "freeze");
        var swallowed = 0;
        var playbook = new ScriptedPlaybook(Harness.Manifest(), async (ctx, ct) =>
        {
            try
            {
                await Harness.SetAll(Harness.Manifest(), ["a"], 10).ExecuteAsync(ctx, ct);
            }
            catch (Exception)
            {
                swallowed++;
            }

            h.Runtime.KillSwitch.Resume("ops");
            try
            {
                await Harness.SetAll(Harness.Manifest(), ["b"], 10).ExecuteAsync(ctx, ct);
            }
            catch (Exception)
            {
                swallowed++;
            }
        });

        var result = await h.RunAsync(playbook);
        Assert.Equal(2, swallowed);
        Assert.Equal(RunOutcome.Refused, result.Outcome);
        Assert.Equal(GuardKind.KillSwitch, result.Failure?.Refusal?.Guard);
        Assert.Empty(h.World.Log);
    }

    [Fact]
    public async Task Mutations_started_in_parallel_are_refused()
    {
        using var h = new Harness();
        h.World.HangOn.Add("a");
        var playbook = new ScriptedPlaybook(Harness.Manifest(), (ctx, ct) => ctx.StepAsync("fix", async t =>
        {
            var set = ctx.Targets([Harness.Target("a"), Harness.Target("b")], 10);
            var first = ctx.InvokeAsync("set", MapValue.Of(("target", "a"), ("value", "x")), set.Items[0], t);
            await h.World.Hung.Task;
            var second = ctx.InvokeAsync("set", MapValue.Of(("target", "b"), ("value", "x")), set.Items[1], t);
            await Task.WhenAll(first, second);
        }, ct));

        var result = await h.Clock.AdvanceUntilAsync(h.RunAsync(playbook), TimeSpan.FromSeconds(10));
        Assert.Equal(GuardKind.Undeclared, result.Failure?.Refusal?.Guard);
        Assert.Contains("mutations run one at a time", result.Message);
        Assert.DoesNotContain("set:b=x", h.World.Log);
    }

    [Theory]
    [InlineData("action")]
    [InlineData("query")]
    [InlineData("step")]
    [InlineData("outside")]
    [InlineData("choice")]
    public async Task Calls_the_manifest_does_not_declare_are_refused(string what)
    {
        using var h = new Harness();
        var playbook = new ScriptedPlaybook(Harness.Manifest(), async (ctx, ct) =>
        {
            switch (what)
            {
                case "action":
                    await ctx.StepAsync("fix", t => ctx.InvokeAsync("reboot", MapValue.Empty, "a", t), ct);
                    break;
                case "query":
                    await ctx.QueryAsync("secrets", MapValue.Empty, ct);
                    break;
                case "step":
                    await ctx.StepAsync("sneaky", _ => Task.CompletedTask, ct);
                    break;
                case "outside":
                    await ctx.InvokeAsync("set", MapValue.Of(("target", "a"), ("value", "x")), "a", ct);
                    break;
                default:
                    ctx.Choose("remedy", []);
                    break;
            }
        });

        var result = await h.RunAsync(playbook);
        Assert.Equal(GuardKind.Undeclared, result.Failure?.Refusal?.Guard);
        Assert.Empty(h.World.Log);
    }

    [Fact]
    public async Task Handlers_may_notify_but_not_mutate()
    {
        using var h = new Harness();
        h.World.FailOn.Add("a");
        RunFailure? seen = null;
        var playbook = new ScriptedPlaybook(Harness.Manifest(), Harness.SetAll(Harness.Manifest(), ["a"], 10).ExecuteAsync, async (ctx, failure, ct) =>
        {
            seen = failure;
            await ctx.EscalateAsync("payments-oncall", $"fix_things failed: {failure.Message}", ct);
            await ctx.StepAsync("fix", _ => Task.CompletedTask, ct);
        });

        var result = await h.RunAsync(playbook);
        Assert.Equal(RunOutcome.Failed, result.Outcome);
        Assert.Equal(new CompensationReport(1, 0, 0), seen?.Compensation);
        Assert.Contains("ESCALATE #payments-oncall", h.Notifications.ToString());
        Assert.Contains(h.Store.ReadAudit(), r => r.Entry.Kind == "handler.failed" && r.Entry.Message.Contains("handler", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_id_is_never_started_twice()
    {
        using var h = new Harness();
        Assert.Equal(RunOutcome.Succeeded, (await h.RunAsync(Harness.SetAll(Harness.Manifest(), ["a"], 10), runId: "same")).Outcome);
        var again = await h.RunAsync(Harness.SetAll(Harness.Manifest(), ["b"], 10), runId: "same");
        Assert.Equal(GuardKind.Duplicate, again.Failure?.Refusal?.Guard);
        Assert.Equal(["set:a=new"], h.World.Log);
    }

    [Fact]
    public async Task Choose_returns_a_verified_option_and_rejects_anything_else()
    {
        var manifest = Harness.Manifest() with { Choices = [new ChoiceManifest("remedy", "thompson", ["restart", "scale_out"])] };
        using var h = new Harness();
        string? picked = null;
        var playbook = new ScriptedPlaybook(manifest, (ctx, _) => { picked = ctx.Choose("remedy", ["checkout"]); return Task.CompletedTask; });
        await h.RunAsync(playbook);
        Assert.Equal("restart", picked);

        var rogue = new PlaybookRuntime(h.Store, h.Providers, h.Clock, selector: new RogueSelector());
        var loaded = rogue.Load(playbook).Playbook!;
        await rogue.RunAsync(loaded, new RunRequest { RequestedBy = "alertmanager" });
        Assert.Equal("restart", picked);
        Assert.Contains(h.Store.ReadAudit(), r => r.Entry.Kind == "choice.rejected" && r.Entry.Message.Contains("'rm -rf'", StringComparison.Ordinal));
    }

    private sealed class RogueSelector : IRemedySelector
    {
        public string Select(string playbook, ChoiceManifest choice, IReadOnlyList<RValue> features) => "rm -rf";
    }
}
