using System.Net;
using System.Text;
using Remedy.Server.Tests.Support;

namespace Remedy.Server.Tests;

/// <summary>POST /api/v1/alerts on a real Kestrel port: runs, deduplication, cooldown, back-pressure and bad input.</summary>
public sealed class IntakeTests
{
    [Fact]
    public async Task An_alert_is_journaled_and_acknowledged_and_its_playbook_runs_with_the_real_runtime()
    {
        await using var workspace = new ServerWorkspace();
        workspace.WritePlaybooks(autonomy: "autonomous");
        var server = await workspace.StartAsync();

        var response = await workspace.PostAlertAsync(ServerWorkspace.Payload());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await ServerWorkspace.JsonOf(response);
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
        Assert.Equal(0, body.GetProperty("deduplicated").GetInt32());
        var id = body.GetProperty("ids")[0].GetString()!;
        Assert.Contains(id, server.Journal.Contains([id]));
        await ServerWorkspace.EventuallyAsync(async () => (await workspace.RunsAsync()).Any(r => r.GetProperty("outcome").GetString() == "succeeded"), "the run to succeed");
        var run = (await workspace.RunsAsync()).Single();
        Assert.Equal("trash_logs", run.GetProperty("playbook").GetString());
        Assert.Equal("DiskFull", run.GetProperty("alert").GetString());
        Assert.Equal("ended", run.GetProperty("status").GetString());
        Assert.EndsWith("Z", run.GetProperty("startedAt").GetString());
        Assert.True(run.GetProperty("timeToRecoverSeconds").GetDouble() >= 0);
        Assert.False(run.GetProperty("humanActed").GetBoolean());
        Assert.Empty(workspace.RemainingLogs());
        await ServerWorkspace.EventuallyAsync(() => Task.FromResult(server.Journal.CountByState().GetValueOrDefault("processed") == 1), "the alert to be marked processed");
    }

    [Fact]
    public async Task A_storm_of_the_same_alert_starts_one_remediation()
    {
        await using var workspace = new ServerWorkspace();
        workspace.WritePlaybooks(autonomy: "autonomous");
        var server = await workspace.StartAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => workspace.PostAlertAsync(ServerWorkspace.Payload())));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var bodies = await Task.WhenAll(responses.Select(ServerWorkspace.JsonOf));
        Assert.Equal(1, bodies.Sum(b => b.GetProperty("accepted").GetInt32()));
        Assert.Equal(39, bodies.Sum(b => b.GetProperty("deduplicated").GetInt32()));
        // Every duplicate answers with the journal id of the alert it was folded into, which is durable.
        var ids = bodies.Select(b => b.GetProperty("ids")[0].GetString()!).Distinct().ToArray();
        Assert.Single(ids);
        Assert.Single(server.Journal.Contains(ids));
        Assert.Equal(1, server.Journal.CountByState().Values.Sum());
        await ServerWorkspace.EventuallyAsync(async () => (await workspace.RunsAsync()).Any(r => r.GetProperty("status").GetString() == "ended"), "the run to end");
        Assert.Single(await workspace.RunsAsync());
        var metrics = await workspace.MetricsAsync();
        Assert.Contains("remedy_alerts_received_total{status=\"firing\"} 40", metrics);
        Assert.Contains("remedy_alerts_deduplicated_total 39", metrics);
    }

    [Fact]
    public async Task After_the_dedup_window_the_same_incident_is_still_held_back_by_its_cooldown()
    {
        await using var workspace = new ServerWorkspace();
        workspace.WritePlaybooks(autonomy: "autonomous");
        await workspace.StartAsync(o => o with { DedupWindow = TimeSpan.FromMilliseconds(100), IncidentCooldown = TimeSpan.FromMinutes(10) });

        Assert.Equal(HttpStatusCode.Accepted, (await workspace.PostAlertAsync(ServerWorkspace.Payload())).StatusCode);
        await ServerWorkspace.EventuallyAsync(async () => (await workspace.RunsAsync()).Any(r => r.GetProperty("status").GetString() == "ended"), "the first run to end");
        await Task.Delay(200);
        var second = await ServerWorkspace.JsonOf(await workspace.PostAlertAsync(ServerWorkspace.Payload()));

        Assert.Equal(1, second.GetProperty("accepted").GetInt32());
        await ServerWorkspace.EventuallyAsync(async () => (await workspace.MetricsAsync()).Contains("remedy_guard_refusals_total{kind=\"incident_cooldown\"} 1"), "the cooldown to hold the second alert back");
        Assert.Single(await workspace.RunsAsync());

        // Another instance is another incident: it runs (and finds nothing left to trash, so its verify passes).
        Assert.Equal(HttpStatusCode.Accepted, (await workspace.PostAlertAsync(ServerWorkspace.Payload(fingerprint: "other", instance: "host-2"))).StatusCode);
        await ServerWorkspace.EventuallyAsync(async () => (await workspace.RunsAsync()).Length == 2, "the other incident to run");
    }

    [Fact]
    public async Task Resolved_alerts_run_the_resolved_trigger_and_alerts_without_a_fingerprint_get_one_from_their_labels()
    {
        await using var workspace = new ServerWorkspace();
        await workspace.StartAsync();

        var first = await ServerWorkspace.JsonOf(await workspace.PostAlertAsync(ServerWorkspace.Payload(status: "resolved", fingerprint: null)));
        var again = await ServerWorkspace.JsonOf(await workspace.PostAlertAsync(ServerWorkspace.Payload(status: "resolved", fingerprint: null)));
        var otherLabels = await ServerWorkspace.JsonOf(await workspace.PostAlertAsync(ServerWorkspace.Payload(status: "resolved", fingerprint: null, instance: "host-9")));

        Assert.Equal(1, first.GetProperty("accepted").GetInt32());
        Assert.Equal(1, again.GetProperty("deduplicated").GetInt32());
        Assert.Equal(first.GetProperty("ids")[0].GetString(), again.GetProperty("ids")[0].GetString());
        Assert.Equal(1, otherLabels.GetProperty("accepted").GetInt32());
        await ServerWorkspace.EventuallyAsync(async () => (await workspace.RunsAsync()).Count(r => r.GetProperty("outcome").GetString() == "succeeded") == 2, "both resolved alerts to run");
        Assert.All(await workspace.RunsAsync(), r => Assert.Equal("disk_ok", r.GetProperty("playbook").GetString()));
        Assert.Equal(ServerWorkspace.Logs, workspace.RemainingLogs());
    }

    [Fact]
    public async Task A_full_queue_answers_429_with_retry_after_and_accepts_nothing_of_the_request()
    {
        await using var workspace = new ServerWorkspace();
        // One run at a time, and it waits for approval: the next alert waits in the queue of one.
        var server = await workspace.StartAsync(o => o with { QueueCapacity = 1, MaxConcurrentRuns = 1 });
        Assert.Equal(HttpStatusCode.Accepted, (await workspace.PostAlertAsync(ServerWorkspace.Payload())).StatusCode);
        await workspace.PendingApprovalAsync();
        Assert.Equal(HttpStatusCode.Accepted, (await workspace.PostAlertAsync(ServerWorkspace.Payload("CpuHigh", fingerprint: "cpu1"))).StatusCode);

        var refused = await workspace.PostAlertAsync(ServerWorkspace.Payload("CpuHigh", fingerprint: "cpu2"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
        Assert.Contains("queue is full", (await ServerWorkspace.JsonOf(refused)).GetProperty("error").GetString());
        var ready = await workspace.Http.GetAsync("readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("queue is full", await ready.Content.ReadAsStringAsync());
        Assert.Contains("remedy_alerts_rejected_total{reason=\"queue_full\"} 1", await workspace.MetricsAsync());
        Assert.Equal(2, server.Journal.CountByState().Values.Sum());

        // Duplicates need no room: a storm of a queued alert is still acknowledged.
        var duplicate = await workspace.PostAlertAsync(ServerWorkspace.Payload("CpuHigh", fingerprint: "cpu1"));
        Assert.Equal(HttpStatusCode.Accepted, duplicate.StatusCode);
    }

    public static TheoryData<string, string, HttpStatusCode, string, string, string> BadRequests => new()
    {
        { "malformed JSON", """{"version":"4","alerts":[""", HttpStatusCode.BadRequest, "not valid JSON", "line 1", "malformed_json" },
        { "wrong version", """{"version":"3","alerts":[]}""", HttpStatusCode.BadRequest, "version \"4\"", "$.version", "schema" },
        { "no alerts array", """{"version":"4"}""", HttpStatusCode.BadRequest, "no \"alerts\" array", "$.alerts", "schema" },
        { "bad status", """{"version":"4","alerts":[{"status":"burning","labels":{"alertname":"X"},"startsAt":"2026-11-26T03:02:11Z"}]}""", HttpStatusCode.BadRequest, "\"status\" must be", "$.alerts[0].status", "schema" },
        { "label not a string", """{"version":"4","alerts":[{"status":"firing","labels":{"alertname":"X","n":1},"startsAt":"2026-11-26T03:02:11Z"}]}""", HttpStatusCode.BadRequest, "labels.n must be a string", "$.alerts[0].labels.n", "schema" },
        { "no alertname", """{"version":"4","alerts":[{"status":"firing","labels":{},"startsAt":"2026-11-26T03:02:11Z"}]}""", HttpStatusCode.BadRequest, "no \"alertname\" label", "$.alerts[0]", "schema" },
        { "not an object", "[1,2]", HttpStatusCode.BadRequest, "must be a JSON object", "$", "schema" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_payloads_get_400_with_a_message_and_location_and_the_server_keeps_running(string _, string body, HttpStatusCode status, string message, string location, string reason)
    {
        await using var workspace = new ServerWorkspace();
        await workspace.StartAsync();

        var response = await workspace.PostAlertAsync(body);

        Assert.Equal(status, response.StatusCode);
        var error = await ServerWorkspace.JsonOf(response);
        Assert.Contains(message, error.GetProperty("error").GetString());
        Assert.StartsWith(location, error.GetProperty("location").GetString());
        Assert.Contains($"remedy_alerts_rejected_total{{reason=\"{reason}\"}} 1", await workspace.MetricsAsync());
        Assert.Equal(HttpStatusCode.Accepted, (await workspace.PostAlertAsync(ServerWorkspace.Payload("CpuHigh"))).StatusCode);
    }

    [Fact]
    public async Task Oversized_bodies_get_413_and_wrong_content_types_415()
    {
        await using var workspace = new ServerWorkspace();
        await workspace.StartAsync(o => o with { MaxBodyBytes = 4096 });

        var big = await workspace.PostAlertAsync(ServerWorkspace.Payload().Replace("\"severity\": \"warning\"", $"\"severity\": \"{new string('x', 5000)}\"", StringComparison.Ordinal));
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 5000) + ServerWorkspace.Payload())));
        chunked.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        chunked.Headers.ContentLength = null;
        var bigChunked = await workspace.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "api/v1/alerts") { Content = chunked, Headers = { TransferEncodingChunked = true } });
        var text = await workspace.PostAlertAsync(ServerWorkspace.Payload(), "text/plain");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Contains("larger than 4096 bytes", (await ServerWorkspace.JsonOf(big)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, bigChunked.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal("Content-Type", (await ServerWorkspace.JsonOf(text)).GetProperty("location").GetString());
        Assert.Equal(HttpStatusCode.OK, (await workspace.Http.GetAsync("healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await workspace.PostAlertAsync(ServerWorkspace.Payload())).StatusCode);
    }
}
