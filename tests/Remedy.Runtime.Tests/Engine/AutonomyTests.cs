using Remedy.Runtime.Journal;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Safety;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Tests.Support;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Engine;

public sealed class AutonomyTests
{
    [Fact]
    public async Task Autonomous_runs_act_on_every_target()
    {
        using var h = new Harness();
        var result = await h.RunAsync(Harness.SetAll(Harness.Manifest(), ["a", "b"], 10));
        Assert.Equal(RunOutcome.Succeeded, result.Outcome);
        Assert.Equal(2, result.Mutations);
        Assert.Equal(["set:a=new", "set:b=new"], h.World.Log);
        var run = Assert.Single(h.Runtime.Runs());
        Assert.Equal((result.RunId, RunOutcome.Succeeded, true), (run.RunId, run.Outcome!.Value, run.Acted));
    }

    [Fact]
    public async Task Observe_only_refuses_a_mutation_and_calls_no_provider()
    {
        using var h = new Harness();
        var manifest = Harness.Manifest(AutonomyLevel.ObserveOnly) with
        {
            Steps = [new StepManifest { Name = "look", Effect = Effect.ReadOnly }],
        };
        var playbook = new ScriptedPlaybook(manifest, async (ctx, ct) =>
        {
            var value = await ctx.QueryAsync("read", MapValue.Of(("target", "a")), ct);
            await ctx.StepAsync("look", async t =>
                await ctx.InvokeAsync("set", MapValue.Of(("target", "a"), ("value", "x")), "a", t), ct);
        });

        var result = await h.RunAsync(playbook);

        Assert.Equal(RunOutcome.Refused, result.Outcome);
        Assert.Equal(GuardKind.Autonomy, result.Failure?.Refusal?.Guard);
        Assert.Contains("runs at ObserveOnly, which allows queries only", result.Message);
        Assert.Equal(["read:a"], h.World.Log);
        Assert.Contains(h.Store.ReadAudit(), r => r.Entry.Kind == "refused.Autonomy");
    }

    [Fact]
    public async Task Suggest_records_the_whole_plan_and_acts_on_nothing()
    {
        using var h = new Harness();
        var manifest = Harness.Manifest(AutonomyLevel.Suggest);
        var verified = false;
        var playbook = new ScriptedPlaybook(manifest, async (ctx, ct) =>
        {
            await Harness.SetAll(manifest, ["a", "b", "c"], 10).ExecuteAsync(ctx, ct);
            await ctx.WaitAsync(TimeSpan.FromHours(1), ct);
            await ctx.VerifyAsync("healthy", _ => { verified = true; return Task.FromResult(false); }, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(5), ct);
        });

        var result = await h.RunAsync(playbook);

        Assert.Equal(RunOutcome.Planned, result.Outcome);
        Assert.Equal(0, result.Mutations);
        Assert.Empty(h.World.Log);
        Assert.False(verified);
        Assert.Equal(["prod/a", "prod/b", "prod/c"], result.Plan.Select(p => p.Target));
        Assert.All(result.Plan, p => Assert.Equal("fake.restore(target, previous)", p.Rollback));
        Assert.All(result.Plan, p => Assert.Equal("suggest only: a human performs it", p.Gate));
        var kinds = h.Runtime.History(result.RunId).Select(e => e.Kind).ToArray();
        Assert.DoesNotContain(JournalKind.Intent, kinds);
        Assert.Equal(3, kinds.Count(k => k == JournalKind.Planned));
    }

    [Fact]
    public async Task A_dry_run_of_an_autonomous_playbook_plans_without_acting_or_notifying()
    {
        using var h = new Harness();
        var manifest = Harness.Manifest();
        var playbook = new ScriptedPlaybook(manifest, async (ctx, ct) =>
        {
            await Harness.SetAll(manifest, ["a"], 10).ExecuteAsync(ctx, ct);
            await ctx.NotifyAsync("ops", "done", ct);
        });

        var result = await h.RunAsync(playbook, dryRun: true);

        Assert.Equal(RunOutcome.Planned, result.Outcome);
        Assert.Empty(h.World.Log);
        Assert.Equal(string.Empty, h.Notifications.ToString());
        Assert.Contains(h.Runtime.History(result.RunId), e => e.Kind == JournalKind.Notified && e.Message == "would notify #ops: done");
        Assert.Single(result.Plan);
    }

    [Fact]
    public async Task Promotion_moves_a_supervised_playbook_to_autonomous_only_on_a_strong_record()
    {
        using var h = new Harness();
        var manifest = Harness.Manifest(AutonomyLevel.Supervised) with { Promotion = new PromotionRule(AutonomyLevel.Autonomous, 3, 0.5) };

        // Record successful acting runs directly in the store, as past runs would have.
        for (var i = 0; i < 10; i++)
        {
            var id = $"past-{i}";
            h.Store.TryStartRun(new RunRecord(id, manifest.Name, "alertmanager", false, h.Clock.GetUtcNow()));
            h.Store.MarkActed(id);
            h.Store.TryEndRun(id, RunOutcome.Succeeded, h.Clock.GetUtcNow(), "ok");
        }

        var result = await h.RunAsync(Harness.SetAll(manifest, ["a"], 10));
        Assert.Equal(AutonomyLevel.Autonomous, result.Autonomy);
        Assert.Equal(RunOutcome.Succeeded, result.Outcome);
        Assert.Contains(h.Store.ReadAudit(), r => r.Entry.Kind == "autonomy.promoted" && r.Entry.Message.Contains("now runs Autonomous (was Supervised)", StringComparison.Ordinal));

        // A breaker trip drops it back to the declared level: only outcomes after the trip count.
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        h.Store.SetBreakerTrip(manifest.Name, h.Clock.GetUtcNow());
        h.Clock.Advance(TimeSpan.FromHours(1));
        var after = await h.RunAsync(Harness.SetAll(manifest, ["b"], 10), dryRun: true);
        Assert.Equal(AutonomyLevel.Supervised, after.Autonomy);
        Assert.Contains(h.Store.ReadAudit(), r => r.Entry.Kind == "autonomy.demoted" && r.Entry.Message.Contains("now runs Supervised (was Autonomous)", StringComparison.Ordinal));
        Assert.Single(h.Store.ReadAudit(), r => r.Entry.Kind == "autonomy.promoted");
    }

    [Fact]
    public async Task An_earned_promotion_survives_a_restart_of_the_runtime()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "remedy.db");
        var clock = new ManualClock();
        var manifest = Harness.Manifest(AutonomyLevel.Supervised) with { Promotion = new PromotionRule(AutonomyLevel.Autonomous, 3, 0.5) };
        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Full, out var first, out var error), error);
        using (var h = new Harness(store: first, clock: clock))
        {
            for (var i = 0; i < 10; i++)
            {
                var id = $"past-{i}";
                h.Store.TryStartRun(new RunRecord(id, manifest.Name, "alertmanager", false, clock.GetUtcNow()));
                h.Store.MarkActed(id);
                h.Store.TryEndRun(id, RunOutcome.Succeeded, clock.GetUtcNow(), "ok");
            }
            Assert.Equal(AutonomyLevel.Autonomous, (await h.RunAsync(Harness.SetAll(manifest, ["a"], 10), dryRun: true)).Autonomy);
        }

        // A new process over the same state file: the record, and so the level, is still there.
        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Full, out var second, out error), error);
        using (var h = new Harness(store: second, clock: clock))
        {
            Assert.Equal(AutonomyLevel.Autonomous, (await h.RunAsync(Harness.SetAll(manifest, ["b"], 10), dryRun: true)).Autonomy);
        }
    }
}
