using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Remedy.Server.Tests.Support;
using Remedy.TestSupport;

namespace Remedy.Server.Tests;

/// <summary>The kill switch, metrics, health and readiness, reloads and the page.</summary>
public sealed class OperationsTests
{
    [Fact]
    public async Task The_kill_switch_needs_a_token_is_audited_and_stops_mutations()
    {
        await using var workspace = new ServerWorkspace();
        workspace.WritePlaybooks(autonomy: "autonomous");
        await workspace.StartAsync();
        var initial = await workspace.GetJsonAsync("api/v1/killswitch");
        Assert.False(initial.GetProperty("engaged").GetBoolean());

        var anonymous = await workspace.Http.PostAsync("api/v1/killswitch", new StringContent("""{"engaged":true}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var bad = await Send(workspace, """{"engaged":"yes"}""");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("$.engaged", (await ServerWorkspace.JsonOf(bad)).GetProperty("location").GetString());

        var engaged = await Send(workspace, """{"engaged":true,"reason":"maintenance window"}""");

        Assert.Equal(HttpStatusCode.OK, engaged.StatusCode);
        var state = await workspace.GetJsonAsync("api/v1/killswitch");
        Assert.True(state.GetProperty("engaged").GetBoolean());
        Assert.Equal("alice", state.GetProperty("by").GetString());
        Assert.Equal("maintenance window", state.GetProperty("reason").GetString());
        Assert.EndsWith("Z", state.GetProperty("at").GetString());

        await workspace.PostAlertAsync(ServerWorkspace.Payload());
        await ServerWorkspace.EventuallyAsync(async () => (await workspace.RunsAsync()).Any(r => r.GetProperty("outcome").GetString() == "refused"), "the run to be refused by the kill switch");
        Assert.Equal(ServerWorkspace.Logs, workspace.RemainingLogs());
        Assert.Contains("remedy_guard_refusals_total{kind=\"kill_switch\"} 1", await workspace.MetricsAsync());
        Assert.Contains("remedy_runs_total{outcome=\"refused\"} 1", await workspace.MetricsAsync());

        Assert.Equal(HttpStatusCode.OK, (await Send(workspace, """{"engaged":false,"reason":"done"}""")).StatusCode);
        await workspace.StopAsync();
        using var audit = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={workspace.State};Pooling=false");
        audit.Open();
        using var command = audit.CreateCommand();
        command.CommandText = "SELECT actor || ' ' || kind FROM audit WHERE kind IN ('pause', 'resume') ORDER BY seq;";
        using var reader = command.ExecuteReader();
        var entries = new List<string>();
        while (reader.Read()) entries.Add(reader.GetString(0));
        Assert.Equal(["alice pause", "alice resume"], entries);
    }

    [Fact]
    public async Task A_state_file_locked_by_another_process_answers_503_with_a_reason_and_the_server_recovers()
    {
        await using var workspace = new ServerWorkspace();
        await workspace.StartAsync();
        using (var holder = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={workspace.State};Pooling=false"))
        {
            holder.Open();
            using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE";
                begin.ExecuteNonQuery();
            }

            var locked = await Send(workspace, """{"engaged":true,"reason":"while locked"}""");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, locked.StatusCode);
            Assert.Contains("state file cannot be used", (await ServerWorkspace.JsonOf(locked)).GetProperty("error").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, (await Send(workspace, """{"engaged":true,"reason":"after"}""")).StatusCode);
        Assert.True((await workspace.GetJsonAsync("api/v1/killswitch")).GetProperty("engaged").GetBoolean());
    }

    [Fact]
    public async Task Metrics_are_in_the_prometheus_format_and_every_name_starts_with_remedy()
    {
        await using var workspace = new ServerWorkspace();
        await workspace.StartAsync();
        await workspace.PostAlertAsync(ServerWorkspace.Payload("CpuHigh"));
        await ServerWorkspace.EventuallyAsync(async () => (await workspace.RunsAsync()).Length == 1 && (await workspace.RunsAsync())[0].GetProperty("status").GetString() == "ended", "the run to end");

        var response = await workspace.Http.GetAsync("metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType);
        var samples = text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        Assert.All(samples, l => Assert.StartsWith("remedy_", l));
        foreach (var name in new[] { "remedy_alerts_received_total", "remedy_alerts_deduplicated_total", "remedy_runs_total", "remedy_approvals_pending",
                     "remedy_time_to_recover_seconds_bucket", "remedy_playbook_autonomy_level", "remedy_alert_queue_depth" })
        {
            Assert.Contains(samples, l => l.StartsWith(name, StringComparison.Ordinal));
        }

        Assert.Contains("# TYPE remedy_alerts_rejected_total counter", text);
        Assert.Contains("# TYPE remedy_guard_refusals_total counter", text);
        Assert.Contains("remedy_runs_total{outcome=\"succeeded\"} 1", text);
        Assert.Contains("remedy_playbook_autonomy_level{playbook=\"trash_logs\"} 2", text);
        Assert.Contains("remedy_playbook_autonomy_level{playbook=\"note_cpu\"} 0", text);
        Assert.Contains("remedy_time_to_recover_seconds_count 1", text);
    }

    [Fact]
    public async Task Health_and_readiness_answer_and_the_page_is_served()
    {
        await using var workspace = new ServerWorkspace();
        await workspace.StartAsync();

        var health = await workspace.Http.GetAsync("healthz");
        var ready = await workspace.Http.GetAsync("readyz");
        var page = await workspace.Http.GetAsync("");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ok", (await ServerWorkspace.JsonOf(ready)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync());
        var playbooks = await workspace.GetJsonAsync("api/v1/playbooks");
        Assert.Equal(["disk_ok", "note_cpu", "trash_logs"], playbooks.EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray());
        var trash = playbooks.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "trash_logs");
        Assert.Equal("supervised", trash.GetProperty("declaredAutonomy").GetString());
        Assert.Equal("supervised", trash.GetProperty("effectiveAutonomy").GetString());
        Assert.EndsWith("ops.remedy", trash.GetProperty("file").GetString());
        Assert.Equal(0, trash.GetProperty("runs").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, trash.GetProperty("successRate").ValueKind);
    }

    [Theory]
    [InlineData("GET", "api/v1/nothing", HttpStatusCode.NotFound, "there is no /api/v1/nothing here")]
    [InlineData("GET", "page-that-is-not.js", HttpStatusCode.NotFound, "there is no /page-that-is-not.js here")]
    [InlineData("DELETE", "api/v1/alerts", HttpStatusCode.MethodNotAllowed, "/api/v1/alerts does not take DELETE")]
    [InlineData("PUT", "api/v1/killswitch", HttpStatusCode.MethodNotAllowed, "/api/v1/killswitch does not take PUT")]
    public async Task A_request_no_endpoint_takes_gets_a_json_reason(string method, string path, HttpStatusCode status, string reason)
    {
        await using var workspace = new ServerWorkspace();
        await workspace.StartAsync();

        using var response = await workspace.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, response.StatusCode);
        var body = await ServerWorkspace.JsonOf(response);
        Assert.StartsWith(reason, body.GetProperty("error").GetString());
        Assert.Equal("/" + path, body.GetProperty("location").GetString());
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_playbooks_running_and_says_so_and_a_fix_reloads()
    {
        await using var workspace = new ServerWorkspace();
        await workspace.StartAsync();

        workspace.Write("playbooks/ops.remedy", "module ops\n\nplaybook broken {\n    trigger alert \"X\"\n    let x: int = \"text\"\n}\n");
        await ServerWorkspace.EventuallyAsync(async () => !(await workspace.GetJsonAsync("api/v1/status")).GetProperty("reload").GetProperty("lastAttemptSucceeded").GetBoolean(), "the broken reload to be reported");

        var status = await workspace.GetJsonAsync("api/v1/status");
        Assert.Contains("RMD", status.GetProperty("reload").GetProperty("error").GetString());
        Assert.Equal(1, status.GetProperty("reload").GetProperty("version").GetInt32());
        var playbooks = await workspace.Http.GetAsync("api/v1/playbooks");
        Assert.Equal("failed", playbooks.Headers.GetValues("X-Remedy-Reload").Single());
        Assert.Equal(3, (await ServerWorkspace.JsonOf(playbooks)).GetArrayLength());
        var ready = await ServerWorkspace.JsonOf(await workspace.Http.GetAsync("readyz"));
        Assert.Contains("the last reload failed", ready.GetProperty("problems")[0].GetString());
        Assert.Contains("reload failed; the previous 3 playbook(s) keep running", workspace.Log.ToString());
        // The last good version still answers alerts.
        await workspace.PostAlertAsync(ServerWorkspace.Payload("CpuHigh"));
        await ServerWorkspace.EventuallyAsync(async () => (await workspace.RunsAsync()).Any(r => r.GetProperty("playbook").GetString() == "note_cpu"), "the old playbook to run");

        workspace.WritePlaybooks(extra: "playbook added { trigger alert \"New\"\n autonomy observe_only\n on success { notify \"ops\" \"new\" } }");
        await ServerWorkspace.EventuallyAsync(async () => (await workspace.GetJsonAsync("api/v1/playbooks")).GetArrayLength() == 4, "the fixed playbooks to load");
        var fixedStatus = await workspace.GetJsonAsync("api/v1/status");
        Assert.True(fixedStatus.GetProperty("reload").GetProperty("lastAttemptSucceeded").GetBoolean());
        Assert.Equal(2, fixedStatus.GetProperty("reload").GetProperty("version").GetInt32());
        Assert.Contains("remedy_playbook_reloads_total{result=\"failed\"}", await workspace.MetricsAsync());
    }

    [Fact]
    public async Task Playbooks_with_errors_refuse_to_start_with_their_diagnostics()
    {
        await using var workspace = new ServerWorkspace();
        workspace.Write("playbooks/ops.remedy", "module ops\n\nplaybook broken {\n    trigger alert \"X\"\n    let x: int = \"text\"\n}\n");

        var (code, output, error) = await CliProcess.RunAsync(workspace.Folder, TimeSpan.FromSeconds(60),
            "serve", "--playbooks", workspace.Playbooks, "--state", workspace.State, "--config", workspace.Config, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, code);
        Assert.Contains("ops.remedy(5,", error);
        Assert.Contains("RMD", error);
        Assert.Contains("did not start", error);
        Assert.DoesNotContain("   at ", output + error);
    }

    private static async Task<HttpResponseMessage> Send(ServerWorkspace workspace, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/killswitch") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerWorkspace.AliceToken);
        return await workspace.Http.SendAsync(request);
    }
}
