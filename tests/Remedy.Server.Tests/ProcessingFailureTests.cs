using System.Net;
using Microsoft.Data.Sqlite;
using Remedy.Server.Tests.Support;

namespace Remedy.Server.Tests;

/// <summary>An accepted alert whose processing fails while the state file cannot be written is not left behind.</summary>
public sealed class ProcessingFailureTests
{
    [Fact]
    public async Task An_alert_that_could_not_be_processed_while_the_state_file_was_locked_runs_once_it_is_free()
    {
        await using var workspace = new ServerWorkspace();
        // One worker: the supervised run waiting for approval holds it, so the second alert waits in the queue.
        await workspace.StartAsync(
            options => options with { MaxConcurrentRuns = 1, RetryDelay = TimeSpan.FromMilliseconds(200) },
            approvalTtl: TimeSpan.FromSeconds(4));
        Assert.Equal(HttpStatusCode.Accepted, (await workspace.PostAlertAsync(ServerWorkspace.Payload())).StatusCode);
        await workspace.PendingApprovalAsync();
        var cpu = await workspace.PostAlertAsync(ServerWorkspace.Payload("CpuHigh", fingerprint: "cpu1"));
        Assert.Equal(HttpStatusCode.Accepted, cpu.StatusCode);
        var cpuId = (await ServerWorkspace.JsonOf(cpu)).GetProperty("ids")[0].GetString()!;

        // Another process holds the state file while the approval expires: the waiting run cannot record its end,
        // the worker is freed, and the queued alert cannot record the run it would start.
        using (var holder = new SqliteConnection($"Data Source={workspace.State};Pooling=false"))
        {
            holder.Open();
            using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE";
                begin.ExecuteNonQuery();
            }

            await ServerWorkspace.EventuallyAsync(
                () => Task.FromResult(workspace.Log.ToString().Contains($"error: alert {cpuId} could not be processed", StringComparison.Ordinal)),
                "the queued alert to fail while the state file is locked", seconds: 90);
        }

        await ServerWorkspace.EventuallyAsync(
            async () => (await workspace.RunsAsync()).Any(r => r.GetProperty("playbook").GetString() == "note_cpu" && r.GetProperty("outcome").GetString() == "succeeded"),
            "the alert's playbook to run once the state file is free");
        await ServerWorkspace.EventuallyAsync(() => Task.FromResult(Unprocessed(workspace) == 0), "every accepted alert to be processed");
    }

    private static long Unprocessed(ServerWorkspace workspace)
    {
        using var connection = new SqliteConnection($"Data Source={workspace.State};Pooling=false;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM server_alerts WHERE state <> 'processed';";
        return (long)command.ExecuteScalar()!;
    }
}
