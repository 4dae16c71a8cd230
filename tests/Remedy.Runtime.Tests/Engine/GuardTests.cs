using Remedy.Runtime.Journal;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Safety;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Tests.Support;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Engine;

public sealed class GuardTests
{
    [Theory]
    [InlineData(4, 100, GuardKind.BlastRadius, "resolved 4 target(s); max_targets is 3")]
    [InlineData(3, 5, GuardKind.BlastRadius, "targets 3 of 5 (60%); max_percent is 50%")]
    public async Task Too_many_targets_or_too_high_a_share_is_refused_before_any_action(int count, int population, GuardKind guard, string message)
    {
        using var h = new Harness();
        var targets = Enumerable.Range(0, count).Select(i => $"t{i}").ToArray();
        var result = await h.RunAsync(Harness.SetAll(Harness.Manifest(), targets, population));

        Assert.Equal(RunOutcome.Refused, result.Outcome);
        Assert.Equal(guard, result.Failure?.Refusal?.Guard);
        Assert.Contains(message, result.Message);
        Assert.Empty(h.World.Log);
        Assert.Contains(h.Store.ReadAudit(), r => r.Entry.Kind == $"refused.{guard}" && r.Entry.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_target_outside_the_scope_is_refused()
    {
        using var h = new Harness();
        var manifest = Harness.Manifest();
        var playbook = new ScriptedPlaybook(manifest, (ctx, ct) => ctx.StepAsync("fix", _ =>
        {
            ctx.Targets([Harness.Target("a"), Harness.Target("b", "staging")], 10);
            return Task.CompletedTask;
        }, ct));

        var result = await h.RunAsync(playbook);
        Assert.Equal(GuardKind.Scope, result.Failure?.Refusal?.Guard);
        Assert.Contains("target 'staging/b'", result.Message);
    }

    [Fact]
    public async Task An_empty_target_list_is_a_no_op_never_everything()
    {
        using var h = new Harness();
        var result = await h.RunAsync(Harness.SetAll(Harness.Manifest(), [], 0));

        Assert.Equal(RunOutcome.Succeeded, result.Outcome);
        Assert.Equal(0, result.Mutations);
        Assert.Empty(h.World.Log);
        Assert.Contains(h.Runtime.History(result.RunId), e => e.Kind == JournalKind.TargetsResolved && e.Message == "step 'fix' resolved no targets: nothing to do");
    }

    [Fact]
    public async Task Acting_on_a_target_that_was_never_declared_is_refused()
    {
        using var h = new Harness();
        var playbook = new ScriptedPlaybook(Harness.Manifest(), (ctx, ct) => ctx.StepAsync("fix", async t =>
        {
            ctx.Targets([Harness.Target("a")], 10);
            await ctx.InvokeAsync("set", MapValue.Of(("target", "z"), ("value", "x")), Harness.Target("z"), t);
        }, ct));

        var result = await h.RunAsync(playbook);
        Assert.Equal(GuardKind.BlastRadius, result.Failure?.Refusal?.Guard);
        Assert.Contains("'set' on 'prod/z' in step 'fix': the target was not declared with Targets()", result.Message);
        Assert.Empty(h.World.Log);
    }

    [Fact]
    public async Task Max_targets_counts_distinct_targets_across_the_whole_run()
    {
        using var h = new Harness();
        var manifest = Harness.Manifest() with
        {
            Steps = [Harness.Manifest().Steps[0], new StepManifest { Name = "again", Effect = Effect.Mutating, Actions = ["set"] }],
        };
        var playbook = new ScriptedPlaybook(manifest, async (ctx, ct) =>
        {
            await ctx.StepAsync("fix", _ => { ctx.Targets([Harness.Target("a"), Harness.Target("b")], 10); return Task.CompletedTask; }, ct);
            await ctx.StepAsync("again", _ => { ctx.Targets([Harness.Target("a"), Harness.Target("c"), Harness.Target("d")], 10); return Task.CompletedTask; }, ct);
        });

        var result = await h.RunAsync(playbook);
        Assert.Equal(GuardKind.BlastRadius, result.Failure?.Refusal?.Guard);
        Assert.Contains("(4 in the run so far); max_targets is 3", result.Message);
    }

    [Fact]
    public async Task The_breaker_trips_after_repeated_failures_and_refuses_until_its_cooldown_ends()
    {
        using var h = new Harness();
        h.World.FailOn.Add("a");
        for (var i = 0; i < 3; i++)
        {
            var failed = await h.RunAsync(Harness.SetAll(Harness.Manifest(), ["a"], 10));
            Assert.Equal(RunOutcome.Failed, failed.Outcome);
            h.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Contains(h.Store.ReadAudit(), r => r.Entry.Kind == "breaker.tripped");
        h.World.FailOn.Clear();
        var refused = await h.RunAsync(Harness.SetAll(Harness.Manifest(), ["b"], 10));
        Assert.Equal(GuardKind.CircuitBreaker, refused.Failure?.Refusal?.Guard);
        Assert.Contains("the circuit breaker of 'fix_things' tripped", refused.Message);
        Assert.DoesNotContain("set:b=new", h.World.Log);

        h.Clock.Advance(TimeSpan.FromMinutes(30));
        var allowed = await h.RunAsync(Harness.SetAll(Harness.Manifest(), ["b"], 10));
        Assert.Equal(RunOutcome.Succeeded, allowed.Outcome);
    }

    [Fact]
    public async Task The_rate_limit_counts_acting_runs_in_its_window()
    {
        using var h = new Harness();
        var manifest = Harness.Manifest() with { RateLimit = new RateLimitPolicy(2, TimeSpan.FromHours(1)) };
        Assert.Equal(RunOutcome.Succeeded, (await h.RunAsync(Harness.SetAll(manifest, ["a"], 10))).Outcome);
        Assert.Equal(RunOutcome.Succeeded, (await h.RunAsync(Harness.SetAll(manifest, ["b"], 10))).Outcome);

        var third = await h.RunAsync(Harness.SetAll(manifest, ["c"], 10));
        Assert.Equal(GuardKind.RateLimit, third.Failure?.Refusal?.Guard);
        Assert.Contains("already acted 2 time(s) within 01:00:00", third.Message);

        // Dry runs and plans never consume the limit.
        Assert.Equal(RunOutcome.Planned, (await h.RunAsync(Harness.SetAll(manifest, ["c"], 10), dryRun: true)).Outcome);

        h.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(RunOutcome.Succeeded, (await h.RunAsync(Harness.SetAll(manifest, ["c"], 10))).Outcome);
    }

    [Fact]
    public async Task A_target_is_not_remediated_twice_within_its_cooldown()
    {
        using var h = new Harness();
        var manifest = Harness.Manifest() with { TargetCooldown = TimeSpan.FromMinutes(10) };
        Assert.Equal(RunOutcome.Succeeded, (await h.RunAsync(Harness.SetAll(manifest, ["a"], 10))).Outcome);

        h.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await h.RunAsync(Harness.SetAll(manifest, ["a"], 10, "newer"));
        Assert.Equal(GuardKind.Cooldown, again.Failure?.Refusal?.Guard);
        Assert.Contains("target 'prod/a' was remediated", again.Message);
        Assert.Equal("new", h.World.Get("a"));

        h.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(RunOutcome.Succeeded, (await h.RunAsync(Harness.SetAll(manifest, ["a"], 10, "newer"))).Outcome);
        Assert.Equal("newer", h.World.Get("a"));
    }

    [Fact]
    public async Task The_kill_switch_stops_mutations_but_not_queries()
    {
        using var h = new Harness();
        h.Runtime.KillSwitch.Pause("ops", "maintenance window");
        var manifest = Harness.Manifest();
        var playbook = new ScriptedPlaybook(manifest, async (ctx, ct) =>
        {
            await ctx.QueryAsync("read", MapValue.Of(("target", "a")), ct);
            await Harness.SetAll(manifest, ["a"], 10).ExecuteAsync(ctx, ct);
        });

        var paused = await h.RunAsync(playbook);
        Assert.Equal(GuardKind.KillSwitch, paused.Failure?.Refusal?.Guard);
        Assert.Contains("all mutations are paused by ops", paused.Message);
        Assert.Contains("maintenance window", paused.Message);
        Assert.Equal(["read:a"], h.World.Log);

        h.Runtime.KillSwitch.Resume("ops");
        Assert.Equal(RunOutcome.Succeeded, (await h.RunAsync(playbook)).Outcome);
        Assert.Contains(h.Store.ReadAudit(), r => r.Entry.Kind == "pause");
        Assert.Contains(h.Store.ReadAudit(), r => r.Entry.Kind == "resume");
    }

    [Fact]
    public async Task Guard_state_survives_a_restart_of_the_runtime()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("state.db");
        var clock = new ManualClock();
        var manifest = Harness.Manifest() with { TargetCooldown = TimeSpan.FromHours(1) };

        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Normal, out var first, out var error), error);
        using (var h = new Harness(first, clock: clock))
        {
            Assert.Equal(RunOutcome.Succeeded, (await h.RunAsync(Harness.SetAll(manifest, ["a"], 10))).Outcome);
            h.World.FailOn.Add("b");
            for (var i = 0; i < 3; i++)
            {
                await h.RunAsync(Harness.SetAll(manifest, ["b"], 10));
            }

            h.Runtime.KillSwitch.Pause("ops", "freeze");
        }

        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Normal, out var second, out error), error);
        using (var h = new Harness(second, clock: clock))
        {
            Assert.True(h.Runtime.KillSwitch.State.Paused);
            Assert.Equal(GuardKind.KillSwitch, (await h.RunAsync(Harness.SetAll(manifest, ["c"], 10))).Failure?.Refusal?.Guard);
            h.Runtime.KillSwitch.Resume("ops");
            Assert.Equal(GuardKind.CircuitBreaker, (await h.RunAsync(Harness.SetAll(manifest, ["c"], 10))).Failure?.Refusal?.Guard);
            clock.Advance(TimeSpan.FromMinutes(31));
            Assert.Equal(GuardKind.Cooldown, (await h.RunAsync(Harness.SetAll(manifest, ["a"], 10))).Failure?.Refusal?.Guard);
            Assert.True(h.Runtime.Audit.Verify().Intact);
        }
    }
}
