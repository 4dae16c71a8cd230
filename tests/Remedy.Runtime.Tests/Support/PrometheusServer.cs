using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Remedy.Runtime.Tests.Support;

/// <summary>
/// A real Prometheus server on a free 127.0.0.1 port, with its data in a temp folder, scraping a real exporter (an
/// HttpListener serving /metrics) every second. Killed and deleted on dispose.
/// </summary>
public sealed class PrometheusServer : IDisposable
{
    private readonly Process process;

    public PrometheusServer(string metrics)
    {
        var binary = ServerBinaries.Prometheus() ?? throw new InvalidOperationException("Prometheus is not installed (run bash .ci/setup.sh)");
        Folder = new TempDirectory();
        Exporter = new LocalHttpServer(request => request.Path == "/metrics" ? (200, metrics) : (404, "not found"));
        var config = Folder.Write("prometheus.yml", $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            scrape_configs:
              - job_name: exporter
                static_configs:
                  - targets: ['127.0.0.1:{Exporter.Port}']
            """);
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--config.file=" + config, "--storage.tsdb.path=" + Folder.Combine("data"),
                     $"--web.listen-address=127.0.0.1:{port}", "--log.level=warn",
                 })
        {
            info.ArgumentList.Add(arg);
        }

        process = Process.Start(info) ?? throw new InvalidOperationException("prometheus did not start");
        // Drain its output so a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseUrl { get; }

    public LocalHttpServer Exporter { get; }

    public TempDirectory Folder { get; }

    /// <summary>Waits until the exporter has been scraped at least <paramref name="scrapes"/> times.</summary>
    public async Task WaitForScrapesAsync(int scrapes, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (Exporter.Requests.Count(r => r.Path == "/metrics") < scrapes)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"prometheus exited with {process.ExitCode}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"prometheus did not scrape the exporter {scrapes} times within {limit}");
            }

            await Task.Delay(100);
        }

        // A scrape is queryable once appended; give the head block a moment after the HTTP answer.
        await Task.Delay(300);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
        Exporter.Dispose();
        Folder.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
