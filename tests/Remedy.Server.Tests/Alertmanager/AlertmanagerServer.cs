using System.Diagnostics;
using System.Text;
using Remedy.Server.Tests.Support;

namespace Remedy.Server.Tests.Alertmanager;

/// <summary>
/// A real Alertmanager (Debian's <c>prometheus-alertmanager</c>) on a free 127.0.0.1 port, clustering off, its
/// configuration and storage in a temp folder, routing every alert to one webhook receiver after a one-second group
/// wait. Killed and deleted on dispose.
/// </summary>
internal sealed class AlertmanagerServer : IDisposable
{
    private readonly ObservedProcess process;

    /// <summary>Starts Alertmanager; its receiver <c>remedy</c> posts to <paramref name="webhook"/>.</summary>
    public AlertmanagerServer(Uri webhook)
        : this(Config(webhook))
    {
    }

    /// <summary>Starts Alertmanager with the given configuration (YAML).</summary>
    public AlertmanagerServer(string configuration)
    {
        var binary = Binary() ?? throw new InvalidOperationException(
            "Alertmanager is not installed: bash .ci/setup.sh installs Debian's prometheus-alertmanager (apt-get install prometheus-alertmanager)");
        Folder = Directory.CreateTempSubdirectory("remedy-alertmanager-").FullName;
        var config = Path.Combine(Folder, "alertmanager.yml");
        File.WriteAllText(config, configuration);
        var port = ObservedProcess.FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Folder,
        };
        foreach (var arg in new[]
                 {
                     "--config.file=" + config, "--storage.path=" + Path.Combine(Folder, "data"),
                     $"--web.listen-address=127.0.0.1:{port}", "--cluster.listen-address=", "--log.level=warn",
                 })
        {
            info.ArgumentList.Add(arg);
        }

        process = new ObservedProcess(info, "prometheus-alertmanager");
    }

    public Uri BaseUrl { get; }

    public string Folder { get; }

    /// <summary>What Alertmanager logged (warnings and errors: a failed webhook delivery shows here).</summary>
    public string Output => process.Output;

    /// <summary>
    /// The configuration: one route to the webhook, short group wait and interval so a test sees the notification
    /// within seconds, resolved alerts sent too.
    /// </summary>
    public static string Config(Uri webhook) => $"""
        route:
          receiver: remedy
          group_by: ['alertname']
          group_wait: 1s
          group_interval: 1s
          repeat_interval: 1h
        receivers:
          - name: remedy
            webhook_configs:
              - url: '{webhook}'
                send_resolved: true
                max_alerts: 0
        """;

    /// <summary>
    /// The repository's <c>examples/alertmanager/alertmanager.yml</c>, pointed at <paramref name="webhook"/> instead
    /// of the default 127.0.0.1:9095 and with a one-second group wait and interval, so a test need not wait for them.
    /// </summary>
    public static string ExampleConfig(Uri webhook)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Remedy.Lang.sln")))
        {
            dir = dir.Parent;
        }

        var file = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Remedy.Lang.sln not found above " + AppContext.BaseDirectory), "examples", "alertmanager", "alertmanager.yml");
        var text = File.ReadAllText(file);
        foreach (var (from, to) in new[]
                 {
                     ("http://127.0.0.1:9095/api/v1/alerts", webhook.ToString()),
                     ("group_wait: 10s", "group_wait: 1s"),
                     ("group_interval: 1m", "group_interval: 1s"),
                 })
        {
            Assert.True(text.Contains(from, StringComparison.Ordinal), $"{file} no longer has '{from}': update this test with the example");
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The installed binary: Debian names it prometheus-alertmanager, upstream alertmanager.</summary>
    public static string? Binary() =>
        new[] { "prometheus-alertmanager", "alertmanager" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(':', StringSplitOptions.RemoveEmptyEntries)
                .Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>Waits until Alertmanager answers <c>/-/ready</c>.</summary>
    public Task WaitReadyAsync(TimeSpan limit) => process.WaitReadyAsync(new Uri(BaseUrl, "-/ready"), limit);

    /// <summary>Posts alerts to Alertmanager's own API (<c>POST /api/v2/alerts</c>), as Prometheus does.</summary>
    public async Task PostAlertsAsync(HttpClient http, string alertsJson)
    {
        using var content = new StringContent(alertsJson, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(BaseUrl, "api/v2/alerts"), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Alertmanager refused the alerts: {(int)response.StatusCode} {body}");
    }

    public void Dispose()
    {
        process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the system.
        }
    }
}
