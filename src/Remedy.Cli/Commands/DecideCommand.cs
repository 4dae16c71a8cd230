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
        var run = new Argument<string>("run") { Description = "The run id (see 'remedy approvals'); with --server, the approval id (run.step) it lists." };
        var by = new Option<string?>("--by") { Description = "Your name; the person who requested the run cannot approve it (with --server, your token says who you are)." };
        var server = new Option<string?>("--server") { Description = "Decide on a running 'remedy serve' at this URL (needs --token) instead of in the state file." };
        var token = new Option<string?>("--token") { Description = "Your bearer token for --server (from the server's tokens file)." };
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
        command.Options.Add(server);
        command.Options.Add(token);
        command.SetAction(parsed =>
        {
            var id = parsed.GetValue(run)!;
            var why = parsed.GetValue(reason) ?? string.Empty;
            if (parsed.GetValue(server) is { } url)
            {
                if (parsed.GetValue(token) is not { Length: > 0 } bearer)
                {
                    console.Error.WriteLine("error: --server needs --token (a token from the server's tokens file; it says who decides).");
                    return ExitCodes.BadUsage;
                }

                var target = parsed.GetValue(step) is { } named ? $"{id}.{named}" : id;
                return Remote.ApprovalClient.Decide(console, url, bearer, target, approve, why);
            }

            if (parsed.GetValue(by) is not { Length: > 0 } who)
            {
                console.Error.WriteLine("error: --by is required: your name is recorded with the decision (or use --server and --token).");
                return ExitCodes.BadUsage;
            }

            return Run(console, parsed.GetValue(state)!, approve, id, parsed.GetValue(step), who, why);
        });
        return command;
    }
}
