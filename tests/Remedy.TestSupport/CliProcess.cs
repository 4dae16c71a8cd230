using System.Diagnostics;

namespace Remedy.TestSupport;

/// <summary>
/// The built CLI (remedy.dll, copied beside the tests by a reference to Remedy.Cli) as a real separate process,
/// for tests that need a second process on the same state file or a real signal.
/// </summary>
public static class CliProcess
{
    /// <summary>How long <see cref="RunAsync(string, string[])"/> lets a command run.</summary>
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(120);

    /// <summary>How to start <c>remedy</c> with <paramref name="args"/>, both outputs redirected.</summary>
    /// <param name="workingDirectory">The command's working directory.</param>
    /// <param name="args">The command line after <c>remedy</c>.</param>
    /// <returns>The start info.</returns>
    public static ProcessStartInfo Info(string workingDirectory, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "remedy.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"the built CLI is missing: {dll} (the test project must reference Remedy.Cli)");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return info;
    }

    /// <summary>Runs a <c>remedy</c> command to completion within <see cref="DefaultLimit"/>.</summary>
    /// <param name="workingDirectory">The command's working directory.</param>
    /// <param name="args">The command line after <c>remedy</c>.</param>
    /// <returns>The exit code and both outputs.</returns>
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(workingDirectory, DefaultLimit, args);

    /// <summary>Runs a <c>remedy</c> command to completion; kills it and throws <see cref="TimeoutException"/> after <paramref name="limit"/>.</summary>
    /// <param name="workingDirectory">The command's working directory.</param>
    /// <param name="limit">How long it may run.</param>
    /// <param name="args">The command line after <c>remedy</c>.</param>
    /// <returns>The exit code and both outputs.</returns>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, TimeSpan limit, params string[] args)
    {
        using var process = Process.Start(Info(workingDirectory, args)) ?? throw new InvalidOperationException("could not start remedy");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"remedy {string.Join(' ', args)} did not finish within {limit}");
        }

        return (process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }
}
