using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Remedy.Cli.Runtime;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Values;

namespace Remedy.Cli.Commands;

/// <summary>
/// <c>remedy history</c>: the recent runs, or with <c>--run</c> one run's journal (every intent, result,
/// compensation and refusal, in order), as text or JSON.
/// </summary>
public static class HistoryCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var state = StateOptions.State();
        var run = new Option<string?>("--run") { Description = "Show this run's journal instead of the list of runs." };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var limit = new Option<int>("--limit") { Description = "How many recent runs to list (default 50).", DefaultValueFactory = _ => 50 };
        var command = new Command("history", "Show recent runs or one run's journal. Exit code: 0 shown, 1 no such run, 2 bad usage or unusable state file.")
        {
            state, run, format, limit,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(state)!, parsed.GetValue(run), parsed.GetValue(format) == "json", parsed.GetValue(limit)));
        return command;
    }

    /// <summary>Prints runs or one run's journal.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="statePath">The state file.</param>
    /// <param name="runId">A run, or null for the list.</param>
    /// <param name="json">JSON instead of text.</param>
    /// <param name="limit">How many runs to list.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliConsole console, string statePath, string? runId, bool json, int limit) => StateOptions.Guard(console, () =>
    {
        if (limit <= 0)
        {
            console.Error.WriteLine("error: --limit must be 1 or more");
            return ExitCodes.BadUsage;
        }

        var opened = RuntimeHost.TryOpen(console, statePath, create: false, configPath: null, withProviders: false, out var host);
        if (host is null)
        {
            return opened;
        }

        using (host)
        {
            if (runId is null)
            {
                var runs = host.Runtime.Runs(openOnly: false, limit);
                if (json)
                {
                    WriteJson(console.Output, w => WriteRuns(w, runs));
                }
                else if (runs.Count == 0)
                {
                    console.Output.WriteLine("no runs yet");
                }
                else
                {
                    foreach (var r in runs)
                    {
                        console.Output.WriteLine(
                            $"{r.RunId}  {r.Playbook}  {Time(r.StartedAt)}  {(r.Outcome?.ToString() ?? "open")}{(r.DryRun ? " (dry run)" : string.Empty)}  by {r.RequestedBy}" +
                            (r.Message.Length > 0 ? $"  {r.Message}" : string.Empty));
                    }
                }

                return ExitCodes.Success;
            }

            var run = host.Store.GetRun(runId);
            if (run is null)
            {
                console.Error.WriteLine($"error: no run '{runId}' in '{statePath}' (see 'remedy history' for the runs it has)");
                return ExitCodes.Diagnostics;
            }

            var entries = host.Runtime.History(runId);
            if (json)
            {
                WriteJson(console.Output, w =>
                {
                    w.WriteStartObject();
                    w.WritePropertyName("run");
                    WriteRun(w, run);
                    w.WritePropertyName("journal");
                    w.WriteStartArray();
                    foreach (var e in entries)
                    {
                        WriteEntry(w, e);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            console.Output.WriteLine($"run {run.RunId} of {run.Playbook}, requested by {run.RequestedBy}, started {Time(run.StartedAt)}: {run.Outcome?.ToString() ?? "open"} {run.Message}".TrimEnd());
            foreach (var e in entries)
            {
                var where = string.Join(' ', new[] { e.Step, e.Name, e.ProviderId, e.Target is null ? null : "on " + e.Target }.Where(s => !string.IsNullOrEmpty(s)));
                console.Output.WriteLine($"  {e.Sequence,5} {Time(e.At)} {e.Kind,-20} {where}{(e.Message.Length > 0 ? "  " + e.Message : string.Empty)}");
                if (e.IdempotencyKey is { } key)
                {
                    console.Output.WriteLine($"        key {key}");
                }

                if (e.Compensation is { } c)
                {
                    console.Output.WriteLine($"        undo {c.ProviderId} {c.Args}");
                }
            }

            return ExitCodes.Success;
        }
    });

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void WriteJson(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteRuns(Utf8JsonWriter w, IReadOnlyList<RunRecord> runs)
    {
        w.WriteStartArray();
        foreach (var r in runs)
        {
            WriteRun(w, r);
        }

        w.WriteEndArray();
    }

    private static void WriteRun(Utf8JsonWriter w, RunRecord r)
    {
        w.WriteStartObject();
        w.WriteString("run_id", r.RunId);
        w.WriteString("playbook", r.Playbook);
        w.WriteString("requested_by", r.RequestedBy);
        w.WriteBoolean("dry_run", r.DryRun);
        w.WriteString("started_at", r.StartedAt);
        if (r.EndedAt is { } ended)
        {
            w.WriteString("ended_at", ended);
        }
        else
        {
            w.WriteNull("ended_at");
        }

        w.WriteString("outcome", r.Outcome?.ToString() ?? "open");
        w.WriteBoolean("acted", r.Acted);
        w.WriteString("message", r.Message);
        w.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter w, JournalEntry e)
    {
        w.WriteStartObject();
        w.WriteNumber("sequence", e.Sequence);
        w.WriteString("kind", e.Kind.ToString());
        w.WriteString("at", e.At);
        w.WriteString("step", e.Step);
        w.WriteString("name", e.Name);
        w.WriteString("provider", e.ProviderId);
        w.WriteString("target", e.Target);
        w.WriteString("idempotency_key", e.IdempotencyKey);
        w.WritePropertyName("data");
        ValueJson.Write(w, e.Data);
        if (e.Compensation is { } c)
        {
            w.WriteStartObject("compensation");
            w.WriteString("provider", c.ProviderId);
            w.WritePropertyName("args");
            ValueJson.Write(w, c.Args);
            w.WriteEndObject();
        }

        w.WriteString("message", e.Message);
        w.WriteEndObject();
    }
}
