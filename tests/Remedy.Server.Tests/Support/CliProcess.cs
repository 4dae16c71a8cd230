using System.Diagnostics;

namespace Remedy.Server.Tests.Support;

/// <summary>The built CLI (remedy.dll beside the tests) as a real separate process.</summary>
internal static class CliProcess
{
    public static ProcessStartInfo Info(string workingDirectory, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "remedy.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"the built CLI is missing: {dll} (the test project references Remedy.Cli)");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        return info;
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, TimeSpan limit, params string[] args)
    {
        using var process = Process.Start(Info(workingDirectory, args)) ?? throw new InvalidOperationException("could not start remedy");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"remedy {string.Join(' ', args)} did not finish within {limit}");
        }

        return (process.ExitCode, await output, await error);
    }
}
