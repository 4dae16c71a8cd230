using System.CommandLine;
using Remedy.Cli.Runtime;

namespace Remedy.Cli.Commands;

/// <summary>
/// <c>remedy pause</c> and <c>remedy resume</c>: the global kill switch. Paused, every runtime sharing the state
/// file refuses new mutations at once (queries, plans and compensations go on).
/// </summary>
public static class PauseCommand
{
    /// <summary>Builds <c>remedy pause</c>.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command CreatePause(CliConsole console) => Create(console, pause: true);

    /// <summary>Builds <c>remedy resume</c>.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command CreateResume(CliConsole console) => Create(console, pause: false);

    /// <summary>Sets the kill switch.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="statePath">The state file (created if missing, so a fresh machine can be paused before any run).</param>
    /// <param name="pause">Pause or resume.</param>
    /// <param name="by">Who; defaults to the user name.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliConsole console, string statePath, bool pause, string? by, string reason) => StateOptions.Guard(console, () =>
    {
        var opened = RuntimeHost.TryOpen(console, statePath, create: true, configPath: null, withProviders: false, out var host);
        if (host is null)
        {
            return opened;
        }

        using (host)
        {
            var who = string.IsNullOrWhiteSpace(by) ? Environment.UserName : by;
            var before = host.Runtime.KillSwitch.State;
            var after = pause ? host.Runtime.KillSwitch.Pause(who, reason) : host.Runtime.KillSwitch.Resume(who, reason);
            var word = after.Paused ? "paused: new mutations are refused" : "running: mutations are allowed";
            var already = before.Paused == after.Paused ? " (it already was)" : string.Empty;
            console.Output.WriteLine($"{word}{already}; set by {after.By}{(after.Reason.Length > 0 ? $" ({after.Reason})" : string.Empty)}");
            return ExitCodes.Success;
        }
    });

    private static Command Create(CliConsole console, bool pause)
    {
        var state = StateOptions.State();
        var reason = new Option<string>("--reason") { Description = "Why; kept in the audit log.", DefaultValueFactory = _ => string.Empty };
        var by = new Option<string?>("--by") { Description = "Who is doing it (default: the user name)." };
        var command = pause
            ? new Command("pause", "Stop all new mutations at once (the kill switch). Exit code: 0 done, 2 bad usage or unusable state file.")
            : new Command("resume", "Allow mutations again after 'remedy pause'. Exit code: 0 done, 2 bad usage or unusable state file.");
        command.Options.Add(state);
        command.Options.Add(reason);
        command.Options.Add(by);
        command.SetAction(parsed => Run(console, parsed.GetValue(state)!, pause, parsed.GetValue(by), parsed.GetValue(reason) ?? string.Empty));
        return command;
    }
}
