using Remedy.Runtime.Journal;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Tests.Support;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Journal;

public sealed class RecoveryTests
{
    // This host, a pid that cannot exist: the owner of a run whose process died.
    private static readonly string DeadOwner = $"{Environment.MachineName}/2147483000/1";

    [Fact]
    public async Task A_run_abandoned_mid_way_is_compensated_by_a_fresh_runtime()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("state.db");
        var world = new FakeWorld();
        world.Values["a"] = "a0";
        world.Values["b"] = "b0";
        world.Values["c"] = "c0";
        world.HangOn.Add("c");

        // The first runtime "crashes": its run hangs inside the third mutation and is never heard from again.
        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Normal, out var crashedStore, out var error), error);
        var crashed = new Harness(crashedStore, world: world);
        var abandoned = crashed.RunAsync(Harness.SetAll(Harness.Manifest(), ["a", "b", "c"], 10), runId: "run-crash");
        await world.Hung.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["set:a=new", "set:b=new", "hang:c"], world.Log);

        // A fresh runtime on the same file recovers it.
        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Normal, out var freshStore, out error), error);
        using var fresh = new Harness(freshStore, world: world);
        var report = await fresh.Runtime.RecoverAsync();

        Assert.Equal(1, report.RunsRecovered);
        Assert.Equal(new CompensationReport(3, 0, 0), report.Compensation);
        Assert.Equal(["undo:c=c0", "undo:b=b0", "undo:a=a0"], world.Log.Skip(3));
        Assert.Equal(RunOutcome.Recovered, fresh.Store.GetRun("run-crash")!.Outcome);
        Assert.Equal(["a0", "b0", "c0"], new[] { "a", "b", "c" }.Select(world.Get));
        Assert.All(world.CallsPerKey.Values, n => Assert.Equal(1, n));

        // Recovering again finds nothing; the crashed runtime waking up later changes nothing either.
        Assert.Equal(0, (await fresh.Runtime.RecoverAsync()).RunsRecovered);
        world.Release.SetResult();
        var late = await crashed.Clock.AdvanceUntilAsync(abandoned, TimeSpan.FromSeconds(5));
        Assert.Equal(RunOutcome.Failed, late.Outcome);
        Assert.Equal(6, world.Log.Count);
        Assert.Equal(RunOutcome.Recovered, fresh.Store.GetRun("run-crash")!.Outcome);
        crashed.Dispose();
    }

    [Fact]
    public async Task Recovery_leaves_runs_this_runtime_is_still_executing_alone()
    {
        using var h = new Harness();
        h.World.HangOn.Add("a");
        var running = h.RunAsync(Harness.SetAll(Harness.Manifest(), ["a"], 10), runId: "run-live");
        await h.World.Hung.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var report = await h.Runtime.RecoverAsync();
        Assert.Equal(0, report.RunsRecovered);
        Assert.Equal(1, report.RunsSkipped);
        Assert.Null(h.Store.GetRun("run-live")!.Outcome);

        h.World.Release.SetResult();
        Assert.Equal(RunOutcome.Failed, (await h.Clock.AdvanceUntilAsync(running, TimeSpan.FromSeconds(5))).Outcome);
    }

    [Fact]
    public async Task Recovery_resumes_a_compensation_a_crash_interrupted()
    {
        using var h = new Harness();
        var t0 = h.Clock.GetUtcNow();
        h.Store.TryStartRun(new RunRecord("run-half", "fix_things", "alertmanager", false, t0, Owner: DeadOwner));
        h.Store.MarkActed("run-half");
        foreach (var (target, previous) in new[] { ("a", "a0"), ("b", "b0") })
        {
            var key = $"run-half/fix/set/prod/{target}/0";
            h.Store.TryAppend(new JournalEntry
            {
                RunId = "run-half", Kind = JournalKind.Intent, At = t0, Step = "fix", Name = "set", ProviderId = "fake.set", Target = $"prod/{target}",
                IdempotencyKey = key, Compensation = new CompensationCall("fake.restore", MapValue.Of(("target", target), ("previous", previous))),
            }, out _);
            h.Store.TryAppend(new JournalEntry { RunId = "run-half", Kind = JournalKind.Done, At = t0, IdempotencyKey = key }, out _);
        }

        // b was already compensated before the crash; only a is left.
        h.Store.TryAppend(new JournalEntry { RunId = "run-half", Kind = JournalKind.Compensated, At = t0, IdempotencyKey = "run-half/fix/set/prod/b/0" }, out _);

        var report = await h.Runtime.RecoverAsync();
        Assert.Equal(new CompensationReport(1, 0, 0), report.Compensation);
        Assert.Equal(["undo:a=a0"], h.World.Log);
        Assert.Equal(1, h.Store.CountFailures("fix_things", DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public async Task Runs_owned_by_a_live_process_on_another_host_are_left_alone()
    {
        using var h = new Harness();
        h.Store.TryStartRun(new RunRecord("run-remote", "fix_things", "alertmanager", false, h.Clock.GetUtcNow(), Owner: "other-node/1234/5"));
        var report = await h.Runtime.RecoverAsync();
        Assert.Equal(1, report.RunsSkipped);
        Assert.Contains("still running in other-node/1234/5", Assert.Single(report.Messages));
        Assert.Null(h.Store.GetRun("run-remote")!.Outcome);
    }

    [Fact]
    public async Task A_run_with_nothing_to_undo_is_simply_closed()
    {
        using var h = new Harness();
        h.Store.TryStartRun(new RunRecord("run-empty", "fix_things", "alertmanager", false, h.Clock.GetUtcNow(), Owner: DeadOwner));
        var report = await h.Runtime.RecoverAsync();
        Assert.Equal(1, report.RunsRecovered);
        Assert.Equal(CompensationReport.None, report.Compensation);
        Assert.Equal(RunOutcome.Recovered, h.Store.GetRun("run-empty")!.Outcome);
        Assert.True(h.Runtime.Audit.Verify().Intact);
    }
}
