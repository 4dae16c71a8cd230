using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Remedy.Server.Tests.Support;

/// <summary>
/// A real program the tests start (<c>remedy serve</c>, Alertmanager), with its output kept to explain a failure,
/// waited for until an HTTP probe answers, and killed on dispose.
/// </summary>
internal sealed class ObservedProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    /// <summary>Starts <paramref name="info"/> (which must redirect both outputs).</summary>
    /// <param name="info">What to start.</param>
    /// <param name="name">The program's name in failure messages.</param>
    public ObservedProcess(ProcessStartInfo info, string name)
    {
        Name = name;
        process = Process.Start(info) ?? throw new InvalidOperationException($"{name} did not start");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public int Id => process.Id;

    /// <summary>What the program wrote to its output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    /// <summary>A port on 127.0.0.1 that was free a moment ago.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Polls <paramref name="probe"/> until it answers 2xx; fails with the output if the program exits or the time runs out.</summary>
    public async Task WaitReadyAsync(Uri probe, TimeSpan limit)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"{Name} exited with {process.ExitCode}:\n{Output}");
            try
            {
                using var response = await http.GetAsync(probe);
                if (response.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{Name} was not ready within {limit}:\n{Output}");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits for the program to exit and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await process.WaitForExitAsync(timeout.Token);
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

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }
}
