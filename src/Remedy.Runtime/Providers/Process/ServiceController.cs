using System.Globalization;
using Remedy.Runtime.Values;
using SystemProcess = System.Diagnostics.Process;

namespace Remedy.Runtime.Providers.Process;

/// <summary>
/// Starts, stops and inspects an allowlisted service: a real process tracked by a pid file that records its
/// pid and start time (so a recycled pid is never mistaken for the service). Every operation is idempotent:
/// starting a running service or stopping a stopped one succeeds without doing anything.
/// </summary>
internal sealed class ServiceController
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    public ServiceStatus Status(ServiceDefinition service)
    {
        if (!TryReadPidFile(service.PidFile, out var pid, out var startTicks))
        {
            return new ServiceStatus(service.Name, false, 0);
        }

        try
        {
            using var process = SystemProcess.GetProcessById(pid);
            var alive = !process.HasExited && Math.Abs(process.StartTime.ToUniversalTime().Ticks - startTicks) < TimeSpan.TicksPerSecond;
            return new ServiceStatus(service.Name, alive, alive ? pid : 0);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return new ServiceStatus(service.Name, false, 0);
        }
    }

    public async Task<ProviderResult> StartAsync(ServiceDefinition service, CancellationToken cancellationToken)
    {
        var status = Status(service);
        if (status.Running)
        {
            return ProviderResult.Ok(status.ToValue().With("changed", false));
        }

        var info = new System.Diagnostics.ProcessStartInfo(service.FileName)
        {
            UseShellExecute = false,
            WorkingDirectory = service.WorkingDirectory ?? string.Empty,
        };
        foreach (var argument in service.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        SystemProcess? process;
        try
        {
            process = SystemProcess.Start(info);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return ProviderResult.Fail(FailureKind.Error, $"cannot start service '{service.Name}' ({service.FileName}): {e.Message}");
        }

        if (process is null)
        {
            return ProviderResult.Fail(FailureKind.Error, $"cannot start service '{service.Name}': no process was created");
        }

        using (process)
        {
            long startTicks;
            try
            {
                startTicks = process.StartTime.ToUniversalTime().Ticks;
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // It is already gone (its /proc entry with it): a service that dies at once did not start.
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                return ProviderResult.Fail(FailureKind.Error, $"service '{service.Name}' exited at once with code {process.ExitCode}");
            }

            try
            {
                WritePidFile(service.PidFile, process.Id, startTicks);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                process.Kill(entireProcessTree: true);
                return ProviderResult.Fail(FailureKind.Error, $"service '{service.Name}' started but its pid file '{service.PidFile}' could not be written ({e.Message}); stopped it again");
            }

            // A service that dies at once did not start; report its exit code rather than "running".
            using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            grace.CancelAfter(service.StartGrace);
            try
            {
                await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
                TryDelete(service.PidFile);
                return ProviderResult.Fail(FailureKind.Error, $"service '{service.Name}' exited at once with code {process.ExitCode}");
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return ProviderResult.Ok(new ServiceStatus(service.Name, true, process.Id).ToValue().With("changed", true));
            }
        }
    }

    public async Task<ProviderResult> StopAsync(ServiceDefinition service, CancellationToken cancellationToken)
    {
        var status = Status(service);
        if (!status.Running)
        {
            TryDelete(service.PidFile);
            return ProviderResult.Ok(status.ToValue().With("changed", false));
        }

        try
        {
            using var process = SystemProcess.GetProcessById(status.Pid);
            if (!Signals.TryTerminate(status.Pid))
            {
                process.Kill(entireProcessTree: true);
            }

            if (!await WaitForExitAsync(process, service.StopGrace, cancellationToken).ConfigureAwait(false))
            {
                process.Kill(entireProcessTree: true);
                if (!await WaitForExitAsync(process, TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false))
                {
                    return ProviderResult.Fail(FailureKind.Error, $"service '{service.Name}' (pid {status.Pid}) did not exit even after SIGKILL");
                }
            }
        }
        catch (ArgumentException)
        {
            // It exited between the status check and the signal: stopped, which is what was asked.
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return ProviderResult.Fail(FailureKind.Denied, $"cannot stop service '{service.Name}' (pid {status.Pid}): {e.Message}");
        }

        TryDelete(service.PidFile);
        return ProviderResult.Ok(new ServiceStatus(service.Name, false, 0).ToValue().With("changed", true));
    }

    private static async Task<bool> WaitForExitAsync(SystemProcess process, TimeSpan limit, CancellationToken cancellationToken)
    {
        // Polling works for processes this runtime did not start (a previous runtime's child), unlike WaitForExit.
        var deadline = DateTime.UtcNow + limit;
        while (!process.HasExited)
        {
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
            process.Refresh();
        }

        return true;
    }

    private static bool TryReadPidFile(string path, out int pid, out long startTicks)
    {
        pid = 0;
        startTicks = 0;
        try
        {
            var lines = File.ReadAllLines(path);
            return lines.Length >= 2
                && int.TryParse(lines[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out pid)
                && long.TryParse(lines[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out startTicks)
                && pid > 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void WritePidFile(string path, int pid, long startTicks)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = path + ".remedy-tmp";
        File.WriteAllText(temporary, string.Create(CultureInfo.InvariantCulture, $"{pid}\n{startTicks}\n"));
        File.Move(temporary, path, overwrite: true);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stale pid file is detected by its start time; leaving it is safe.
        }
    }
}
