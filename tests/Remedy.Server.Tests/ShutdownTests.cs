using System.Net;
using Remedy.Server.Tests.Support;

namespace Remedy.Server.Tests;

/// <summary>
/// The built <c>remedy serve</c> as a real process: SIGTERM stops it gracefully (a run waiting for approval is
/// cancelled at a journaled point), SIGKILL right after the 202s loses nothing, and the next start recovers the
/// open runs and processes the alerts that were acknowledged but not done. Also <c>remedy approvals/approve --server</c>.
/// </summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task Sigterm_cancels_a_waiting_run_safely_and_the_restart_processes_its_alert_approved_from_the_cli()
    {
        await using var workspace = new ServerWorkspace();
        string firstRun;
        using (var serve = await ServeProcess.StartAsync(workspace, "--shutdown-timeout", "500ms"))
        {
            workspace.Http.BaseAddress = new Uri(serve.Url + "/");
            Assert.Equal(HttpStatusCode.Accepted, (await workspace.PostAlertAsync(ServerWorkspace.Payload())).StatusCode);
            firstRun = (await workspace.PendingApprovalAsync()).GetProperty("runId").GetString()!;

            var code = await serve.SignalAsync("TERM");

            Assert.True(code == 0, serve.Output);
            Assert.Contains("cancelled", serve.Output);
            Assert.Contains("remedy serve: stopped", serve.Output);
        }

        Assert.Equal(ServerWorkspace.Logs, workspace.RemainingLogs());
        var history = Cli(workspace, "history", "--state", workspace.State);
        Assert.Contains(firstRun, history.Output);
        Assert.Contains("cancelled", history.Output, StringComparison.OrdinalIgnoreCase);

        using (var serve = await ServeProcess.StartAsync(workspace))
        {
            using var http = new HttpClient { BaseAddress = new Uri(serve.Url + "/") };
            string id = string.Empty;
            await ServerWorkspace.EventuallyAsync(async () =>
            {
                var list = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("api/v1/approvals")).RootElement;
                if (list.GetArrayLength() != 1) return false;
                id = list[0].GetProperty("id").GetString()!;
                return true;
            }, "the journaled alert to run again and wait for approval");
            Assert.DoesNotContain(firstRun, id);
            Assert.Contains("processed now", serve.Output);

            var listed = Cli(workspace, "approvals", "--server", serve.Url);
            Assert.Equal(0, listed.ExitCode);
            Assert.Contains(id, listed.Output);
            Assert.Contains("targets: a.log, b.log, c.log", listed.Output);

            var self = Cli(workspace, "approve", id, "--server", serve.Url, "--token", ServerWorkspace.RequesterToken);
            Assert.Equal(1, self.ExitCode);
            Assert.Contains("refused (403)", self.Error);
            var badToken = Cli(workspace, "approve", id, "--server", serve.Url, "--token", "wrong-token-000000000");
            Assert.Equal(2, badToken.ExitCode);
            Assert.Contains("refused (401)", badToken.Error);

            var approved = Cli(workspace, "approve", id, "--server", serve.Url, "--token", ServerWorkspace.AliceToken, "--reason", "go");
            Assert.True(approved.ExitCode == 0, approved.Error);
            Assert.Contains("alice approved", approved.Output);
            await ServerWorkspace.EventuallyAsync(() => Task.FromResult(workspace.RemainingLogs().Length == 0), "the approved run to trash the logs");
            Assert.Equal(0, await serve.SignalAsync("TERM"));
        }

        var after = Cli(workspace, "history", "--state", workspace.State);
        Assert.Contains("succeeded", after.Output);
    }

    [Fact]
    public async Task Alerts_acknowledged_just_before_a_sigkill_are_all_processed_after_the_restart()
    {
        await using var workspace = new ServerWorkspace();
        string[] ids;
        using (var serve = await ServeProcess.StartAsync(workspace))
        {
            workspace.Http.BaseAddress = new Uri(serve.Url + "/");
            var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => workspace.PostAlertAsync(ServerWorkspace.Payload("CpuHigh", fingerprint: $"cpu-{i}"))));
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
            ids = (await Task.WhenAll(responses.Select(ServerWorkspace.JsonOf))).Select(b => b.GetProperty("ids")[0].GetString()!).ToArray();

            await serve.SignalAsync("KILL");
        }

        using (var serve = await ServeProcess.StartAsync(workspace))
        {
            using var http = new HttpClient { BaseAddress = new Uri(serve.Url + "/") };
            await ServerWorkspace.EventuallyAsync(async () =>
            {
                var runs = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("api/v1/runs?limit=200")).RootElement.EnumerateArray();
                return runs.Count(r => r.GetProperty("outcome").GetString() == "succeeded") == 30;
            }, "every acknowledged alert to be remediated once", seconds: 60);
            Assert.Equal(0, await serve.SignalAsync("TERM"));
        }

        using var journal = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={workspace.State};Pooling=false");
        journal.Open();
        using var command = journal.CreateCommand();
        command.CommandText = "SELECT id FROM server_alerts WHERE state = 'processed';";
        using var reader = command.ExecuteReader();
        var processed = new HashSet<string>();
        while (reader.Read()) processed.Add(reader.GetString(0));
        Assert.Subset(processed, ids.ToHashSet());
    }

    private static (int ExitCode, string Output, string Error) Cli(ServerWorkspace workspace, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Remedy.Cli.CliApplication.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
