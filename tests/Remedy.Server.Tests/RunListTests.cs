using Remedy.Runtime.Journal;
using Remedy.Runtime.Safety;
using Remedy.Runtime.Storage;
using Remedy.Server.Tests.Support;

namespace Remedy.Server.Tests;

/// <summary><c>GET /api/v1/runs?limit=N</c> over a long history.</summary>
public sealed class RunListTests
{
    private const int History = 2000;

    [Theory]
    [InlineData(1)]
    [InlineData(25)]
    [InlineData(1000)]
    public async Task The_newest_runs_come_first_and_the_limit_holds_over_a_long_history(int limit)
    {
        await using var workspace = new ServerWorkspace();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.True(SqliteStore.TryOpen(workspace.State, SqliteDurability.Normal, out var store, out var error), error);
        using (store)
        {
            // Every third run asked for an approval; every sixth was decided by a person. Runs are written out of
            // time order, so the list's order is the start time's, not the insertion's.
            foreach (var i in Enumerable.Range(0, History).OrderBy(i => (i * 7919) % History))
            {
                var id = $"run-{i:D5}";
                var at = start.AddMinutes(i);
                Assert.True(store.TryStartRun(new RunRecord(id, "trash_logs", "alertmanager", DryRun: false, at)));
                Assert.True(store.TryEndRun(id, RunOutcome.Succeeded, at.AddSeconds(30), $"run {i} done"));
                if (i % 3 != 0) continue;
                Assert.True(store.TryCreateRequest(new ApprovalRequest(id, "trash", "trash_logs", "alertmanager", 1, at, at.AddMinutes(15), "trash the logs")));
                if (i % 6 == 0) Assert.True(store.TryAddDecision(new ApprovalDecision(id, "trash", "alice", true, at.AddSeconds(10), "ok")));
            }
        }

        await workspace.StartAsync();
        var runs = (await workspace.GetJsonAsync($"api/v1/runs?limit={limit}")).EnumerateArray().ToArray();

        var expected = Enumerable.Range(0, History).Reverse().Take(limit).ToArray();
        Assert.Equal(expected.Select(i => $"run-{i:D5}"), runs.Select(r => r.GetProperty("runId").GetString()));
        Assert.Equal(expected.Select(i => i % 6 == 0), runs.Select(r => r.GetProperty("humanActed").GetBoolean()));
        Assert.All(runs, r => Assert.Equal("ended", r.GetProperty("status").GetString()));
    }
}
