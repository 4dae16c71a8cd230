using System.CommandLine;
using Remedy.Cli.Runtime;

namespace Remedy.Cli.Commands;

/// <summary>
/// <c>remedy approve</c> and <c>remedy deny</c>: answer a run waiting for approval, from any process sharing the
/// state file. The waiting run sees the decision at its next poll.
/// </summary>
public static class DecideCommand
{
    /// <summary>Builds <c>remedy approve</c>.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command CreateApprove(CliConsole console) => Create(console, approve: true);

    /// <summary>Builds <c>remedy deny</c>.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command CreateDeny(CliConsole console) => Create(console, approve: false);

    /// <summary>Records an approval or a denial.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="statePath">The state file.</param>
    /// <param name="approve">Approve or deny.</param>
    /// <param name="runId">The run.</param>
    /// <param name="step">The step, when the run waits on several.</param>
    /// <param name="by">Who decides.</param>
    /// <param name="reason">Why.</param>
    /// <returns>0 accepted, 1 refused (self-approval, nothing pending, expired), 2 bad usage or unusable state file.</returns>
    public static int Run(CliConsole console, string statePath, bool approve, string runId, string? step, string by, string reason) =>
        StateOptions.Guard(console, () =>
        {
            var opened = RuntimeHost.TryOpen(console, statePath, create: false, configPath: null, withProviders: false, out var host);
            if (host is null)
            {
                return opened;
            }

            using (host)
            {
                var result = approve
                    ? host.Runtime.Approvals.Approve(runId, step, by, reason)
                    : host.Runtime.Approvals.Deny(runId, step, by, reason);
                if (!result.Accepted)
                {
                    console.Error.WriteLine($"refused: {result.Refusal?.Message ?? result.Message}");
                    return ExitCodes.Diagnostics;
                }

                console.Output.WriteLine(result.Message);
                return ExitCodes.Success;
            }
        });

    private static Command Create(CliConsole console, bool approve)
    {
        var state = StateOptions.State();
        var run = new Argument<string>("run") { Description = "The run id (see 'remedy approvals')." };
        var by = new Option<string>("--by") { Description = "Your name; the person who requested the run cannot approve it.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why; kept in the audit log.", DefaultValueFactory = _ => string.Empty };
        var step = new Option<string?>("--step") { Description = "The step, when the run waits on more than one." };
        var command = approve
            ? new Command("approve", "Approve the step a supervised run is waiting on. Exit code: 0 recorded, 1 refused, 2 bad usage or unusable state file.")
            : new Command("deny", "Refuse the step a supervised run is waiting on; the run stops and compensates. Exit code: 0 recorded, 1 refused, 2 bad usage or unusable state file.");
        command.Arguments.Add(run);
        command.Options.Add(by);
        command.Options.Add(reason);
        command.Options.Add(step);
        command.Options.Add(state);
        command.SetAction(parsed => Run(
            console, parsed.GetValue(state)!, approve, parsed.GetValue(run)!, parsed.GetValue(step), parsed.GetValue(by)!, parsed.GetValue(reason) ?? string.Empty));
        return command;
    }
}
