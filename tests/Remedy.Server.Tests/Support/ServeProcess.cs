using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Remedy.Server.Tests.Support;

/// <summary><c>remedy serve</c> as a real process on a free loopback port, stopped with real signals.</summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServeProcess(Process process, string url)
    {
        this.process = process;
        Url = url;
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Url { get; }

    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    public static async Task<ServeProcess> StartAsync(ServerWorkspace workspace, params string[] extra)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var info = CliProcess.Info(workspace.Folder, ["serve", "--playbooks", workspace.Playbooks, "--state", workspace.State, "--config", workspace.Config,
            "--tokens", workspace.Tokens, "--urls", url, .. extra]);
        var serve = new ServeProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start remedy serve"), url);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await ServerWorkspace.EventuallyAsync(async () =>
        {
            if (serve.process.HasExited) Assert.Fail($"remedy serve exited with {serve.process.ExitCode}: {serve.Output}");
            try
            {
                return (await http.GetAsync(url + "/healthz")).StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "remedy serve to answer /healthz", seconds: 60);
        return serve;
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
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
