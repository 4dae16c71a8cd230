using System.Diagnostics;
using System.Globalization;
using Remedy.TestSupport;

namespace Remedy.Server.Tests.Support;

/// <summary>
/// The built <c>remedy serve</c> (remedy.dll beside the tests) as a real separate process on a free 127.0.0.1
/// port, with its output kept to explain a failure; stopped with real signals, killed on dispose.
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(90);

    private readonly ObservedProcess process;

    private ServeProcess(ObservedProcess process, Uri baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    /// <summary>The server's root, ending in '/'.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The server's root without the final '/', as <c>--server</c> takes it.</summary>
    public string Url => BaseUrl.ToString().TrimEnd('/');

    /// <summary>Where Alertmanager's webhook receiver posts.</summary>
    public Uri AlertsUrl => new(BaseUrl, "api/v1/alerts");

    public string Output => process.Output;

    /// <summary>Starts <c>remedy serve</c> on <paramref name="workspace"/>'s files with <paramref name="extra"/> options.</summary>
    public static Task<ServeProcess> StartAsync(ServerWorkspace workspace, params string[] extra) =>
        StartAsync(workspace.Folder, ["--playbooks", workspace.Playbooks, "--state", workspace.State, "--config", workspace.Config,
            "--tokens", workspace.Tokens, .. extra]);

    /// <summary>Starts <c>remedy serve</c> with <paramref name="args"/> (the URL is added) and waits until it is ready.</summary>
    public static async Task<ServeProcess> StartAsync(string workingDirectory, IEnumerable<string> args)
    {
        var baseUrl = new Uri($"http://127.0.0.1:{ObservedProcess.FreePort()}/");
        var info = CliProcess.Info(workingDirectory, ["serve", .. args, "--urls", baseUrl.ToString().TrimEnd('/')]);
        var serve = new ServeProcess(new ObservedProcess(info, "remedy serve"), baseUrl);
        try
        {
            await serve.process.WaitReadyAsync(new Uri(baseUrl, "readyz"), ReadyWithin);
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
        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        return await process.WaitForExitAsync(TimeSpan.FromSeconds(60));
    }

    public void Dispose() => process.Dispose();
}
