using System.CommandLine;
using System.Globalization;
using Remedy.Cli.Runtime;

namespace Remedy.Cli.Commands;

/// <summary><c>remedy approvals</c>: the steps waiting for approval, with who asked and until when.</summary>
public static class ApprovalsCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var state = StateOptions.State();
        var server = new Option<string?>("--server") { Description = "Ask a running 'remedy serve' at this URL instead of reading the state file." };
        var command = new Command("approvals", "List the steps waiting for approval. Exit code: 0 listed, 2 bad usage, unusable state file or unreachable server.") { state, server };
        command.SetAction(parsed => parsed.GetValue(server) is { } url
            ? Remote.ApprovalClient.List(console, url)
            : Run(console, parsed.GetValue(state)!));
        return command;
    }

    /// <summary>Lists pending approvals.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="statePath">The state file.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliConsole console, string statePath) => StateOptions.Guard(console, () =>
    {
        var opened = RuntimeHost.TryOpen(console, statePath, create: false, configPath: null, withProviders: false, out var host);
        if (host is null)
        {
            return opened;
        }

        using (host)
        {
            var pending = host.Runtime.Approvals.Pending();
            if (pending.Count == 0)
            {
                console.Output.WriteLine("no approvals pending");
                return ExitCodes.Success;
            }

            var now = DateTimeOffset.UtcNow;
            foreach (var p in pending.OrderBy(p => p.Request.CreatedAt))
            {
                var r = p.Request;
                var left = r.ExpiresAt - now;
                console.Output.WriteLine(
                    $"{r.RunId}  step {r.Step} of {r.Playbook}, requested by {r.RequestedBy}; " +
                    $"{p.Evaluation.ValidApprovers.Count}/{r.RequiredApprovers} approval(s); expires {r.ExpiresAt.ToString("u", CultureInfo.InvariantCulture)} " +
                    $"(in {Math.Max(0, (int)left.TotalMinutes)} min)");
                if (r.Summary.Length > 0)
                {
                    console.Output.WriteLine($"    {r.Summary}");
                }
            }

            console.Output.WriteLine($"{pending.Count} pending; answer with 'remedy approve <run> --by NAME' or 'remedy deny <run> --by NAME'");
            return ExitCodes.Success;
        }
    });
}
