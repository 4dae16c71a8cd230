using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Remedy.Server.Tests.Support;
using Remedy.TestSupport;

namespace Remedy.Server.Tests.Alertmanager;

/// <summary>
/// Real processes end to end: Prometheus Alertmanager (Debian's package) with a webhook receiver pointing at the
/// built <c>remedy serve</c>; alerts are posted to Alertmanager's own API, never to remedy directly, and the
/// playbooks' effect is observed on real files, with the runs in <c>remedy history</c>.
/// </summary>
public sealed class AlertmanagerEndToEndTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly ServeWorkspace workspace = new();

    [Fact]
    public async Task An_alert_posted_to_Alertmanager_configured_as_the_example_reaches_remedy_serve_and_its_playbook_trashes_the_logs()
    {
        var api = workspace.Logs("api", "access.log", "error.log", "slow.log");
        var db = workspace.Logs("db", "postgres.log");
        workspace.WritePlaybooks(
            ServeWorkspace.TrashLogsPlaybook("clean_api_logs", "LogVolumeFull", "api", api, "autonomous"),
            ServeWorkspace.TrashLogsPlaybook("clean_db_logs", "LogVolumeFull", "db", db, "autonomous"));
        using var serve = await ServeProcess.StartAsync(workspace.Folder, workspace.ServeArguments);
        using var alertmanager = new AlertmanagerServer(AlertmanagerServer.ExampleConfig(serve.AlertsUrl));
        await alertmanager.WaitReadyAsync(Patience);

        await alertmanager.PostAlertsAsync(http, Alerts(("LogVolumeFull", "api")));

        await Eventually("the api logs moved to the trash", () => workspace.FilesIn("logs/api").Length == 0, serve, alertmanager);
        Assert.Equal(["access.log", "error.log", "slow.log"], workspace.FilesIn("trash").Where(f => f.EndsWith(".log", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(["postgres.log"], workspace.FilesIn("logs/db"));

        var line = await HistoryLineAsync("clean_api_logs", "succeeded", serve, alertmanager);
        Assert.Contains("clean_api_logs", line);
        var runs = await GetJsonAsync(serve, "api/v1/runs?limit=50");
        var run = Assert.Single(runs.EnumerateArray(), r => r.GetProperty("playbook").GetString() == "clean_api_logs");
        Assert.StartsWith(run.GetProperty("runId").GetString()!, line, StringComparison.Ordinal);
        Assert.DoesNotContain(runs.EnumerateArray(), r => r.GetProperty("playbook").GetString() == "clean_db_logs");
    }

    [Fact]
    public async Task Alertmanager_groups_two_alerts_into_one_webhook_and_each_starts_its_own_remediation_one_after_approval()
    {
        var api = workspace.Logs("api", "access.log", "error.log");
        var worker = workspace.Logs("worker", "jobs.log", "retries.log");
        workspace.WritePlaybooks(
            ServeWorkspace.TrashLogsPlaybook("clean_api_logs", "LogVolumeFull", "api", api, "autonomous"),
            ServeWorkspace.TrashLogsPlaybook("clean_worker_logs", "LogVolumeFull", "worker", worker, "supervised"));
        using var serve = await ServeProcess.StartAsync(workspace.Folder, workspace.ServeArguments);
        using var alertmanager = new AlertmanagerServer(serve.AlertsUrl);
        await alertmanager.WaitReadyAsync(Patience);

        // One post of two alerts; group_by alertname makes Alertmanager deliver them in one webhook.
        await alertmanager.PostAlertsAsync(http, Alerts(("LogVolumeFull", "api"), ("LogVolumeFull", "worker")));

        await Eventually("the api logs moved to the trash", () => workspace.FilesIn("logs/api").Length == 0, serve, alertmanager);
        var metrics = await http.GetStringAsync(new Uri(serve.BaseUrl, "metrics"));
        Assert.Matches(new Regex("^remedy_alert_intake_seconds_count 1$", RegexOptions.Multiline), metrics); // one webhook request...
        Assert.Matches(new Regex("""^remedy_alerts_received_total\{status="firing"\} 2$""", RegexOptions.Multiline), metrics); // ...with both alerts
        var pending = await EventuallyAsync("the worker's run waiting for approval", async () =>
        {
            var approvals = await GetJsonAsync(serve, "api/v1/approvals");
            return approvals.EnumerateArray().Where(a => a.GetProperty("playbook").GetString() == "clean_worker_logs").Select(a => a.GetRawText()).FirstOrDefault();
        }, serve, alertmanager);
        var approval = JsonDocument.Parse(pending).RootElement;
        Assert.Equal(["jobs.log", "retries.log"], workspace.FilesIn("logs/worker"));

        using var decision = new HttpRequestMessage(HttpMethod.Post, new Uri(serve.BaseUrl, $"api/v1/approvals/{approval.GetProperty("id").GetString()}"))
        {
            Content = new StringContent("""{"decision":"approve","reason":"worker logs are shipped already"}""", Encoding.UTF8, "application/json"),
        };
        decision.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServeWorkspace.ApproverToken);
        using var answer = await http.SendAsync(decision);
        var answerText = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.IsSuccessStatusCode, $"{(int)answer.StatusCode} {answerText}");
        // The approver is the identity the tokens file gives the token.
        var decided = JsonDocument.Parse(answerText).RootElement;
        Assert.Equal("approved", decided.GetProperty("status").GetString());
        Assert.Equal([ServeWorkspace.Approver], decided.GetProperty("approvedBy").EnumerateArray().Select(a => a.GetString()));

        await Eventually("the worker logs moved to the trash", () => workspace.FilesIn("logs/worker").Length == 0, serve, alertmanager);
        await HistoryLineAsync("clean_api_logs", "succeeded", serve, alertmanager);
        var workerLine = await HistoryLineAsync("clean_worker_logs", "succeeded", serve, alertmanager);
        Assert.StartsWith(approval.GetProperty("runId").GetString()!, workerLine, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        http.Dispose();
        workspace.Dispose();
    }

    /// <summary>Alertmanager's v2 API body: firing alerts (no end time) with an alert name and a service label.</summary>
    private static string Alerts(params (string Name, string Service)[] alerts) =>
        JsonSerializer.Serialize(alerts.Select(a => new
        {
            labels = new Dictionary<string, string> { ["alertname"] = a.Name, ["service"] = a.Service, ["severity"] = "warning" },
            annotations = new Dictionary<string, string> { ["summary"] = $"the log volume of {a.Service} is full" },
        }));

    private static async Task<JsonElement> GetJsonAsync(ServeProcess serve, string path)
    {
        using var http = new HttpClient();
        var text = await http.GetStringAsync(new Uri(serve.BaseUrl, path));
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The line of <c>remedy history --state</c> listing <paramref name="playbook"/>'s run, once it has <paramref name="outcome"/>.</summary>
    private async Task<string> HistoryLineAsync(string playbook, string outcome, ServeProcess serve, AlertmanagerServer alertmanager) =>
        await EventuallyAsync($"remedy history listing {playbook} {outcome}", async () =>
        {
            var history = await CliProcess.RunAsync(workspace.Folder, TimeSpan.FromSeconds(120), "history", "--state", workspace.State);
            Assert.True(history.ExitCode == 0, history.Output + history.Error);
            return history.Output.Split('\n').FirstOrDefault(l => l.Contains($"  {playbook}  ", StringComparison.Ordinal) && l.Contains(outcome, StringComparison.OrdinalIgnoreCase));
        }, serve, alertmanager);

    private static Task Eventually(string what, Func<bool> done, ServeProcess serve, AlertmanagerServer alertmanager) =>
        EventuallyAsync(what, () => Task.FromResult(done() ? what : null), serve, alertmanager);

    /// <summary>Polls until <paramref name="probe"/> gives a value; on time-out the failure carries both servers' output.</summary>
    private static async Task<T> EventuallyAsync<T>(string what, Func<Task<T?>> probe, ServeProcess serve, AlertmanagerServer alertmanager)
        where T : class
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{what} did not happen within {Patience.TotalSeconds} s\n--- remedy serve ---\n{serve.Output}\n--- alertmanager ---\n{alertmanager.Output}");
            }

            await Task.Delay(200);
        }
    }
}
