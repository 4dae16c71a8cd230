using System.CommandLine;
using Remedy.Cli.Runtime;

namespace Remedy.Cli.Commands;

/// <summary>
/// <c>remedy recover</c>: finds runs a crash left open and compensates or completes them, with the providers of the
/// runtime configuration. Runs still executing in another live process are left alone.
/// </summary>
public static class RecoverCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var state = StateOptions.State();
        var config = new Option<string?>("--config")
        {
            Description = $"The runtime configuration (what providers may reach). Default: {RuntimeConfig.DefaultFileName} in the current folder, if present.",
        };
        var command = new Command("recover", "Compensate or complete runs left open by a crash. Exit code: 0 all recovered, 1 a compensation failed (escalated), 2 bad usage or unusable state file.")
        {
            state, config,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(state)!, parsed.GetValue(config)));
        return command;
    }

    /// <summary>Recovers the open runs of a state file.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="statePath">The state file.</param>
    /// <param name="configPath">The runtime configuration, or null for the default.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliConsole console, string statePath, string? configPath) => StateOptions.Guard(console, () =>
    {
        var opened = RuntimeHost.TryOpen(console, statePath, create: false, configPath, withProviders: true, out var host);
        if (host is null)
        {
            return opened;
        }

        using (host)
        {
            if (host.ConfigPath is null && host.Runtime.Runs(openOnly: true, limit: 1).Count > 0)
            {
                // Without providers every compensation would fail and the runs would be closed as escalated:
                // better to stop and ask for the configuration that lets recovery actually undo the changes.
                console.Error.WriteLine($"error: there are open runs to recover, but no runtime configuration ({RuntimeConfig.DefaultFileName} here, or --config FILE) says which providers may undo them.");
                return ExitCodes.BadUsage;
            }

            var report = host.Runtime.RecoverAsync().GetAwaiter().GetResult();
            foreach (var message in report.Messages)
            {
                console.Output.WriteLine(message);
            }

            if (report.Error is { } error)
            {
                console.Error.WriteLine($"error: recovery stopped: {error}");
                return ExitCodes.BadUsage;
            }

            console.Output.WriteLine(
                $"recovered {report.RunsRecovered} run(s); {report.RunsSkipped} still running elsewhere left alone; {report.Compensation}");
            return report.Compensation.Failed > 0 ? ExitCodes.Diagnostics : ExitCodes.Success;
        }
    });
}
