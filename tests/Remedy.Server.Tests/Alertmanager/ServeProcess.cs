using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Remedy.Server.Tests.Alertmanager;

/// <summary>
/// The built <c>remedy serve</c> (remedy.dll beside the tests) as a separate process on a free 127.0.0.1 port,
/// with its output kept to explain a failure. Killed on dispose.
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServeProcess(string workingDirectory, IEnumerable<string> args)
    {
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        var info = Cli(workingDirectory);
        info.ArgumentList.Add("serve");
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(BaseUrl.ToString().TrimEnd('/'));
        process = Process.Start(info) ?? throw new InvalidOperationException("could not start remedy serve");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseUrl { get; }

    /// <summary>Where Alertmanager's webhook receiver posts.</summary>
    public Uri AlertsUrl => new(BaseUrl, "api/v1/alerts");

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts <c>remedy serve</c> with <paramref name="args"/> (the URL is added) and waits until it is ready.</summary>
    public static async Task<ServeProcess> StartAsync(HttpClient http, string workingDirectory, params string[] args)
    {
        var server = new ServeProcess(workingDirectory, args);
        try
        {
            await server.WaitReadyAsync(http, TimeSpan.FromSeconds(90));
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Runs a <c>remedy</c> command to completion (e.g. <c>history --state …</c>).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunCliAsync(string workingDirectory, params string[] args)
    {
        var info = Cli(workingDirectory);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start remedy");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"remedy {string.Join(' ', args)} did not finish within 120 s");
        }

        return (process.ExitCode, await stdout, await stderr);
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

    private async Task WaitReadyAsync(HttpClient http, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"remedy serve exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, "readyz"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"remedy serve was not ready within {limit}:\n{Output}");
            }

            await Task.Delay(100);
        }
    }

    private static ProcessStartInfo Cli(string workingDirectory)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "remedy.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"the built CLI is missing: {dll} (the test project references Remedy.Cli)");
        }

        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(dll);
        return info;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
