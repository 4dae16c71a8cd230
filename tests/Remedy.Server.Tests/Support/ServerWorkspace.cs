using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Remedy.Cli;
using Remedy.Cli.Commands;
using Remedy.Cli.Runtime;
using Remedy.Runtime.Engine;
using Remedy.Server.Approvals;
using Remedy.Server.Hosting;

namespace Remedy.Server.Tests.Support;

/// <summary>
/// A temp folder with log files, a runtime configuration allowing the real file providers there, playbooks, a
/// tokens file and a state file; starts <c>remedy serve</c>'s server in-process on a free loopback port with the
/// CLI's compile-and-load path.
/// </summary>
internal sealed class ServerWorkspace : IAsyncDisposable
{
    public const string AliceToken = "alice-token-0123456789";
    public const string BobToken = "bob-token-0123456789ab";
    public const string RequesterToken = "alertmanager-token-0123";

    private RuntimeHost? host;

    public ServerWorkspace()
    {
        Directory.CreateDirectory(Folder);
        foreach (var log in Logs) Write(Path.Combine("logs", log), $"contents of {log}\n");
        Write("remedy.runtime.json", """{ "files": { "allowed_roots": ["logs"], "trash": "trash" } }""");
        Write("tokens.json", $$"""
            {"tokens": [
              {"token": "{{AliceToken}}", "identity": "alice"},
              {"sha256": "{{Convert.ToHexStringLower(TokenStore.Hash(BobToken))}}", "identity": "bob"},
              {"token": "{{RequesterToken}}", "identity": "alertmanager"}
            ]}
            """);
        WritePlaybooks();
    }

    public static readonly string[] Logs = ["a.log", "b.log", "c.log"];

    public string Folder { get; } = Directory.CreateTempSubdirectory("remedy-serve-tests-").FullName;

    public string State => Path.Combine(Folder, "remedy.db");

    public string Config => Path.Combine(Folder, "remedy.runtime.json");

    public string Tokens => Path.Combine(Folder, "tokens.json");

    public string Playbooks => Path.Combine(Folder, "playbooks");

    public string LogFolder => Path.Combine(Folder, "logs");

    public RemedyServer? Server { get; private set; }

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public StringWriter Log { get; } = new();

    public string[] RemainingLogs() => Directory.GetFiles(LogFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    public string Write(string name, string text)
    {
        var file = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    /// <summary>
    /// <c>trash_logs</c> (DiskFull, autonomy as given) moves the logs to the trash; <c>note_cpu</c> (CpuHigh,
    /// observe_only) only notifies; <c>disk_ok</c> (resolved DiskFull) only notifies.
    /// </summary>
    public void WritePlaybooks(string autonomy = "supervised", string extra = "") => Write("playbooks/ops.remedy", $$"""
        module ops

        import std.files

        /// Moves the logs to the trash.
        playbook trash_logs {
            trigger alert "DiskFull"
            autonomy {{autonomy}}
            timeout 10m
            blast_radius { max_targets 5 }
            circuit_breaker { trip after 3 failures within 1h; cooldown 1h }
            let logs = files.list(path: "{{LogFolder}}", pattern: "*.log") | take 5
            step trash "Move the logs to the trash" {
                for log in logs {
                    files.move_to_trash(log.path)
                }
            }
            verify within 2s every 100ms {
                count(files.list(path: "{{LogFolder}}", pattern: "*.log")) == 0
            }
        }

        /// Notes high CPU.
        playbook note_cpu {
            trigger alert "CpuHigh"
            autonomy observe_only
            on success { notify "ops" "cpu high seen" }
        }

        /// Says the disk recovered.
        playbook disk_ok {
            trigger resolved "DiskFull"
            autonomy observe_only
            on success { notify "ops" "disk recovered" }
        }
        {{extra}}
        """);

    public async Task<RemedyServer> StartAsync(Func<ServerOptions, ServerOptions>? configure = null, TimeSpan? approvalTtl = null)
    {
        var console = new CliConsole(Log, Log);
        var code = RuntimeHost.TryOpen(console, State, create: true, Config, withProviders: true, out host,
            new RuntimeOptions { ApprovalTtl = approvalTtl ?? TimeSpan.FromMinutes(15), ApprovalPollInterval = TimeSpan.FromMilliseconds(50) });
        Assert.True(host is not null, $"exit {code}: {Log}");
        Assert.True(TokenStore.TryLoad(Tokens, out var tokens, out var error), error);
        var options = new ServerOptions
        {
            Urls = ["http://127.0.0.1:0"],
            StatePath = State,
            PlaybookPaths = [Playbooks],
            Tokens = tokens,
            ReloadDebounce = TimeSpan.FromMilliseconds(150),
            ShutdownTimeout = TimeSpan.FromSeconds(5),
            Log = Log,
        };
        Server = new RemedyServer(configure?.Invoke(options) ?? options, host!.Runtime, host.Store, ServeCommand.Loader([Playbooks], host.ProviderIds));
        var started = await Server.StartAsync();
        Assert.True(started.Started, started.Problems + Log);
        Http.BaseAddress = new Uri(Server.Addresses[0].Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/");
        return Server;
    }

    public async Task StopAsync()
    {
        if (Server is not null) await Server.StopAsync();
        Server = null;
        host?.Dispose();
        host = null;
    }

    public static string Payload(string name = "DiskFull", string status = "firing", string? fingerprint = "abc123", string instance = "host-1") =>
        $$"""
        {
          "version": "4",
          "status": "{{status}}",
          "receiver": "remedy",
          "alerts": [
            {
              "status": "{{status}}",
              "labels": { "alertname": "{{name}}", "instance": "{{instance}}", "severity": "warning" },
              "annotations": { "value": "0.95" },
              "startsAt": "2026-11-26T03:02:11Z",
              "endsAt": "0001-01-01T00:00:00Z"{{(fingerprint is null ? string.Empty : $",\n      \"fingerprint\": \"{fingerprint}\"")}}
            }
          ]
        }
        """;

    public Task<HttpResponseMessage> PostAlertAsync(string payload, string contentType = "application/json") =>
        Http.PostAsync("api/v1/alerts", new StringContent(payload, Encoding.UTF8, contentType));

    public async Task<HttpResponseMessage> DecideAsync(string id, string? token, string decision, string reason = "looks right")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/approvals/{id}")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { decision, reason }), Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Http.SendAsync(request);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var text = await Http.GetStringAsync(path);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>Waits until <paramref name="condition"/> holds, polling; fails with <paramref name="what"/> after the timeout.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, double seconds = 20)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            if (await condition()) return;
            await Task.Delay(50);
        }

        Assert.Fail($"timed out waiting for: {what}");
    }

    public async Task<JsonElement> PendingApprovalAsync()
    {
        JsonElement found = default;
        await EventuallyAsync(async () =>
        {
            var list = await GetJsonAsync("api/v1/approvals");
            if (list.GetArrayLength() == 0) return false;
            found = list[0];
            return true;
        }, "an approval to be pending");
        return found;
    }

    public async Task<JsonElement[]> RunsAsync() => (await GetJsonAsync("api/v1/runs?limit=100")).EnumerateArray().ToArray();

    public async Task<string> MetricsAsync() => await Http.GetStringAsync("metrics");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Http.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
