using System.CommandLine;
using Remedy.Cli.Input;
using Remedy.Cli.Reporting;
using Remedy.Cli.Runtime;
using Remedy.Cli.Simulation;
using Remedy.Compiler.Emit;
using Remedy.Compiler.Workspace;
using Remedy.Runtime.Storage;

namespace Remedy.Cli.Commands;

/// <summary>
/// <c>remedy simulate</c>: compiles a workspace and runs the real compiled playbook of one of its <c>simulation</c>
/// declarations against simulated providers, in simulated time, training the runtime's learner, and reports
/// success rate, MTTR, human intervention, incidents to 90% accuracy and what the guards refused.
/// </summary>
public static class SimulateCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders of .remedy files: the workspace with the playbook and its simulation.",
            Arity = ArgumentArity.OneOrMore,
        };
        var simulation = new Option<string?>("--simulation") { Description = "The simulation to run; may be omitted when the workspace declares one." };
        var incidents = new Option<int?>("--incidents") { Description = "How many incidents to simulate (default: the simulation's 'incidents')." };
        var seed = new Option<int?>("--seed") { Description = "The random seed (default: the simulation's 'seed'); the same seed gives the same report." };
        var plot = new Option<string?>("--plot") { Description = "Draw the learning curve (accuracy of choosing the best option) to this SVG file." };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var state = new Option<string?>("--state") { Description = "A state file to keep the learned state in (created if missing); in memory when omitted." };
        var command = new Command("simulate", "Run a playbook against its simulation, train its learner, and report. Exit code: 0 ran, 1 workspace errors, 2 bad usage or unusable input.")
        {
            paths, simulation, incidents, seed, plot, format, state,
        };
        command.SetAction(parsed => Run(
            console,
            parsed.GetValue(paths) ?? [],
            new SimulationOptions(parsed.GetValue(simulation), parsed.GetValue(incidents), parsed.GetValue(seed), parsed.GetValue(state)),
            parsed.GetValue(format) == "json",
            parsed.GetValue(plot)));
        return command;
    }

    /// <summary>Compiles the workspace and runs the simulation.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="paths">Files and folders.</param>
    /// <param name="options">Which simulation, how many incidents, which seed, where to keep state.</param>
    /// <param name="json">JSON instead of text.</param>
    /// <param name="plotPath">Where to draw the learning curve, or null.</param>
    /// <returns>The exit code.</returns>
    internal static int Run(CliConsole console, IReadOnlyList<string> paths, SimulationOptions options, bool json, string? plotPath)
    {
        if (options.Incidents is < 0)
        {
            console.Error.WriteLine("error: --incidents must be 0 or more");
            return ExitCodes.BadUsage;
        }

        var (files, inputErrors) = SourceCollector.Collect(paths);
        if (inputErrors.Count > 0)
        {
            foreach (var error in inputErrors) console.Error.WriteLine($"error: {error}");
            return ExitCodes.BadUsage;
        }

        var documents = files.Select(f => new SourceDocument(f.DisplayPath, f.Text)).ToList();
        var compiled = new PlaybookCompiler().Compile(documents);
        if (!compiled.Succeeded)
        {
            DiagnosticReport.Write(console.Error, ReportFormat.MsBuild, [.. compiled.Diagnostics], files.Count);
            console.Error.WriteLine("error: the workspace has errors; a simulation runs only a playbook that compiles");
            return ExitCodes.Diagnostics;
        }

        var workspace = documents.Aggregate(RemedyWorkspace.Create(), (w, d) => w.WithDocument(d));
        return StateOptions.Guard(console, () =>
        {
            IRuntimeStore store;
            if (options.StatePath is { } path)
            {
                if (!SqliteStore.TryOpen(path, SqliteDurability.Normal, out var sqlite, out var error))
                {
                    console.Error.WriteLine($"error: cannot open state file '{path}': {error}");
                    return ExitCodes.BadUsage;
                }

                store = sqlite;
            }
            else
            {
                store = new InMemoryStore();
            }

            try
            {
                var result = SimulationRunner.RunAsync(workspace, [.. compiled.Image], options, store).GetAwaiter().GetResult();
                if (json) SimulationReportWriter.WriteJson(console.Output, result);
                else SimulationReportWriter.WriteText(console.Output, result);
                if (plotPath is not null)
                {
                    SimulationReportWriter.Plot(result, plotPath);
                    if (!json) console.Output.WriteLine($"learning curve: {plotPath}");
                }

                return ExitCodes.Success;
            }
            catch (SimulationException e)
            {
                console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.BadUsage;
            }
            catch (TimeoutException e)
            {
                console.Error.WriteLine($"error: the simulation could not finish: {e.Message}");
                return ExitCodes.InternalError;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"error: cannot write {plotPath}: {e.Message}");
                return ExitCodes.BadUsage;
            }
            finally
            {
                (store as IDisposable)?.Dispose();
            }
        });
    }
}
