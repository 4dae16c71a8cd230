using System.CommandLine;

namespace Remedy.Cli.Runtime;

/// <summary>The options every runtime command shares.</summary>
public static class StateOptions
{
    /// <summary>The default state file, in the current folder.</summary>
    public const string DefaultState = "remedy.db";

    /// <summary>A new <c>--state</c> option.</summary>
    /// <returns>The option.</returns>
    public static Option<string> State() => new("--state")
    {
        Description = $"The runtime's state file (journal, approvals, kill switch). Default: {DefaultState} in the current folder.",
        DefaultValueFactory = _ => DefaultState,
    };

    /// <summary>
    /// Runs a command body, turning a state file that fails mid-command (locked by another writer past the busy
    /// timeout, damaged) into a message and exit code 2 instead of a stack trace.
    /// </summary>
    /// <param name="console">Where problems are reported.</param>
    /// <param name="body">The command.</param>
    /// <returns>The exit code.</returns>
    public static int Guard(CliConsole console, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Remedy.Runtime.Storage.StoreException e)
        {
            console.Error.WriteLine($"error: the state file could not be used: {e.Message}");
            return ExitCodes.BadUsage;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            console.Error.WriteLine($"error: the state file could not be used: {e.Message}");
            return ExitCodes.BadUsage;
        }
    }
}
