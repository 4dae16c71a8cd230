using System.CommandLine;
using Remedy.Cli.Repl;

namespace Remedy.Cli.Commands;

/// <summary><c>remedy repl</c>: evaluates Remedy expressions and lets interactively against dry-run providers.</summary>
public static class ReplCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="input">Where lines come from.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console, TextReader input)
    {
        var command = new Command("repl", "Evaluate Remedy expressions and 'let' lines, e.g. k8s.pods(namespace: \"web\", selector: \"app=web\") | where it.restarts > 3. Queries run dry (they return empty results). Type 'exit' or end the input to leave.");
        command.SetAction(_ => Run(console, input));
        return command;
    }

    /// <summary>Reads lines until the input ends or 'exit'.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="input">Where lines come from.</param>
    /// <returns>The exit code (0).</returns>
    public static int Run(CliConsole console, TextReader input)
    {
        var session = new ReplSession();
        console.Output.WriteLine("remedy repl: Remedy expressions and 'let' lines; queries run dry. 'exit' leaves.");
        while (true)
        {
            console.Output.Write("> ");
            var line = input.ReadLine();
            if (line is null || line.Trim() == "exit")
            {
                return ExitCodes.Success;
            }

            var result = session.EvaluateAsync(line).GetAwaiter().GetResult();
            if (result.Length > 0)
            {
                console.Output.WriteLine(result);
            }
        }
    }
}
