using System.Diagnostics;

namespace Remedy.Runtime.Tests.Support;

/// <summary>Runs a short-lived command to completion within a time limit, for starting and stopping test servers.</summary>
public static class ProcessRunner
{
    public static (int ExitCode, string Output) Run(string file, IEnumerable<string> args, TimeSpan limit, string? runAs = null)
    {
        var info = new ProcessStartInfo(runAs is null ? file : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (runAs is not null)
        {
            foreach (var a in new[] { "-u", runAs, "--", file })
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {limit}");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
