using Remedy.Runtime.Journal;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Tests.Support;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Engine;

public sealed class JournalOrderTests
{
    [Fact]
    public async Task Intent_is_durable_before_the_call_and_done_is_written_after_it()
    {
        using var dir = new TempDirectory();
        Assert.True(SqliteStore.TryOpen(dir.Combine("j.db"), SqliteDurability.Normal, out var store, out var error), error);
        using var h = new Harness(store);
        var seenAtCall = new List<(bool Intent, bool Done)>();

        // Read the journal from a second connection at the moment the provider acts: the intent must already be committed.
        Assert.True(SqliteStore.TryOpen(dir.Combine("j.db"), SqliteDurability.Normal, out var observer, out error), error);
        using (observer)
        {
            h.World.OnAct = (_, key) => seenAtCall.Add((observer.FindByKey(key!, JournalKind.Intent) is not null, observer.FindByKey(key!, JournalKind.Done) is not null));
            var result = await h.RunAsync(Harness.SetAll(Harness.Manifest(), ["a", "b"], 10), runId: "run-order");
            Assert.Equal(RunOutcome.Succeeded, result.Outcome);
        }

        Assert.Equal([(true, false), (true, false)], seenAtCall);
        var kinds = h.Runtime.History("run-order").Select(e => e.Kind).ToArray();
        Assert.Equal(
            [JournalKind.RunStarted, JournalKind.TargetsResolved, JournalKind.Intent, JournalKind.Done, JournalKind.Intent, JournalKind.Done, JournalKind.RunEnded],
            kinds);
    }

    [Fact]
    public async Task An_intent_carries_captured_state_the_compensation_and_an_idempotency_key()
    {
        using var h = new Harness();
        h.World.Values["a"] = "old";
        var result = await h.RunAsync(Harness.SetAll(Harness.Manifest(), ["a"], 10), runId: "run-intent");

        var intent = Assert.Single(h.Runtime.History(result.RunId), e => e.Kind == JournalKind.Intent);
        Assert.Equal("run-intent/fix/set/prod/a/0", intent.IdempotencyKey);
        Assert.Equal("prod/a", intent.Target);
        Assert.Equal(MapValue.Of(("target", "a"), ("value", "new"), ("previous", "old")), intent.Data);
        Assert.Equal(new CompensationCall("fake.restore", MapValue.Of(("target", "a"), ("previous", "old"))), intent.Compensation);
        var done = Assert.Single(h.Runtime.History(result.RunId), e => e.Kind == JournalKind.Done);
        Assert.Equal(intent.IdempotencyKey, done.IdempotencyKey);
    }

    [Fact]
    public async Task An_irreversible_action_is_journaled_without_a_compensation()
    {
        using var h = new Harness();
        var manifest = Harness.Manifest(AutonomyLevel.Supervised) with
        {
            Steps = [new StepManifest { Name = "fix", Effect = Effect.Mutating, Actions = ["delete"] }],
        };
        var playbook = new ScriptedPlaybook(manifest, (ctx, ct) => ctx.StepAsync("fix", async t =>
        {
            var set = ctx.Targets([Harness.Target("a")], 10);
            await ctx.InvokeAsync("delete", MapValue.Of(("target", "a")), set.Items[0], t);
        }, ct));

        var run = h.RunAsync(playbook, runId: "run-irrev");
        await Eventually.TrueAsync(() => h.Store.GetRequest("run-irrev", "fix") is not null, "the approval request");
        h.Runtime.Approvals.Approve("run-irrev", "fix", "bob");
        var result = await h.Clock.AdvanceUntilAsync(run, TimeSpan.FromSeconds(2));

        Assert.Equal(RunOutcome.Succeeded, result.Outcome);
        var intent = Assert.Single(h.Runtime.History(result.RunId), e => e.Kind == JournalKind.Intent);
        Assert.Null(intent.Compensation);
        Assert.Equal("irreversible: deleted values cannot be brought back", intent.Message);
    }
}
