using System.CommandLine;
using System.CommandLine.Help;
using Remedy.Cli.Commands;

namespace Remedy.Cli;

/// <summary>
/// The <c>remedy</c> command line. Every command writes to the writers it is given, so tests
/// run it in-process; no command lets an exception reach the user.
/// </summary>
public static class CliApplication
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    /// <param name="args">The arguments after the program name.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where problems with the invocation go.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Console.In);

    /// <summary>Runs the command line with an input for interactive commands (<c>repl</c>).</summary>
    /// <param name="args">The arguments after the program name.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where problems with the invocation go.</param>
    /// <param name="input">Where interactive commands read lines from.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input)
    {
        var console = new CliConsole(output, error);
        // Named explicitly so help reads "remedy ..." however the program was started (dotnet run, tests, the tool).
        var root = new Command("remedy", "Remedy.Lang: remediation playbooks that are checked for safety before they run.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(CompileCommand.Create(console));
        root.Subcommands.Add(FmtCommand.Create(console));
        root.Subcommands.Add(ReplCommand.Create(console, input));
        root.Subcommands.Add(DiffCommand.Create(console));
        root.Subcommands.Add(StatsCommand.Create(console));
        root.Subcommands.Add(SimulateCommand.Create(console));
        root.Subcommands.Add(RecoverCommand.Create(console));
        root.Subcommands.Add(RunCommand.Create(console));
        root.Subcommands.Add(PlanCommand.Create(console));
        root.Subcommands.Add(ReplayCommand.Create(console));
        root.Subcommands.Add(HistoryCommand.Create(console));
        root.Subcommands.Add(ApprovalsCommand.Create(console));
        root.Subcommands.Add(DecideCommand.CreateApprove(console));
        root.Subcommands.Add(DecideCommand.CreateDeny(console));
        root.Subcommands.Add(PauseCommand.CreatePause(console));
        root.Subcommands.Add(PauseCommand.CreateResume(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(LspCommand.Create());

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine($"error: {parseError.Message}");
            error.WriteLine("Run 'remedy --help' for usage.");
            return ExitCodes.BadUsage;
        }
        try
        {
            // No termination timeout: remedy serve handles SIGTERM and Ctrl-C itself and needs longer than the default to stop gracefully.
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug in Remedy must still not show a user a stack trace; say what failed and how to report it.
            error.WriteLine($"internal error: {exception.GetType().Name}: {exception.Message}");
            error.WriteLine("This is a bug in Remedy; please report it with the command you ran.");
            return ExitCodes.InternalError;
        }
    }
}
