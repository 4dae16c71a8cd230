using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Remedy.Server.Tests.Support;

/// <summary>
/// The built <c>remedy serve</c> (remedy.dll beside the tests) as a real separate process on a free 127.0.0.1
/// port, with its output kept to explain a failure; stopped with real signals, killed on dispose.
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServeProcess(Process process, Uri baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The server's root, ending in '/'.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The server's root without the final '/', as <c>--server</c> takes it.</summary>
    public string Url => BaseUrl.ToString().TrimEnd('/');

    /// <summary>Where Alertmanager's webhook receiver posts.</summary>
    public Uri AlertsUrl => new(BaseUrl, "api/v1/alerts");

    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    /// <summary>Starts <c>remedy serve</c> on <paramref name="workspace"/>'s files with <paramref name="extra"/> options.</summary>
    public static Task<ServeProcess> StartAsync(ServerWorkspace workspace, params string[] extra) =>
        StartAsync(workspace.Folder, ["--playbooks", workspace.Playbooks, "--state", workspace.State, "--config", workspace.Config,
            "--tokens", workspace.Tokens, .. extra]);

    /// <summary>Starts <c>remedy serve</c> with <paramref name="args"/> (the URL is added) and waits until it is ready.</summary>
    public static async Task<ServeProcess> StartAsync(string workingDirectory, IEnumerable<string> args)
    {
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        var info = CliProcess.Info(workingDirectory, ["serve", .. args, "--urls", baseUrl.ToString().TrimEnd('/')]);
        var serve = new ServeProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start remedy serve"), baseUrl);
        try
        {
            await serve.WaitReadyAsync();
            return serve;
        }
        catch
        {
            serve.Dispose();
            throw;
        }
    }

    /// <summary>Sends a signal (TERM, KILL) and waits for the exit.</summary>
    public async Task<int> SignalAsync(string signal)
    {
        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(limit.Token);
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }

    private async Task WaitReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + ReadyWithin;
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"remedy serve exited with {process.ExitCode}:\n{Output}");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, "readyz"));
                if (response.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline) throw new TimeoutException($"remedy serve was not ready within {ReadyWithin}:\n{Output}");
            await Task.Delay(100);
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
