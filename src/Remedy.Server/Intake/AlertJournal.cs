using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Remedy.Runtime.Alerts;
using Remedy.Runtime.Values;

namespace Remedy.Server.Intake;

/// <summary>
/// The durable record of every alert the server acknowledged, in the state file next to the runtime's journal.
/// Writes are group-committed: concurrent requests queue their rows, one writer commits everything waiting in a
/// single fsynced transaction (<c>synchronous=FULL</c>), and each request's task completes only when its rows are
/// on disk. So the 202 always follows durability, and the fsync cost is shared by every request in the batch.
/// </summary>
public sealed class AlertJournal : IAsyncDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS server_alerts(
            seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, fingerprint TEXT NOT NULL, name TEXT NOT NULL,
            status TEXT NOT NULL, received_at INTEGER NOT NULL, input TEXT NOT NULL, state TEXT NOT NULL, processed_at INTEGER);
        CREATE INDEX IF NOT EXISTS server_alerts_state ON server_alerts(state, seq);
        CREATE INDEX IF NOT EXISTS server_alerts_received ON server_alerts(received_at);
        CREATE TABLE IF NOT EXISTS server_alert_runs(
            run_id TEXT PRIMARY KEY, alert_id TEXT NOT NULL, alert_name TEXT NOT NULL, playbook TEXT NOT NULL,
            incident TEXT NOT NULL, alert_received_at INTEGER NOT NULL, started_at INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS server_alert_runs_started ON server_alert_runs(started_at);
        """;

    private const int MaxBatch = 4096;
    private readonly SqliteConnection writer;
    private readonly SqliteConnection reader;
    private readonly Channel<JournalOperation> pending = Channel.CreateUnbounded<JournalOperation>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Action<Action> exclusive;
    private readonly Task loop;
    private long commits;

    private AlertJournal(SqliteConnection writer, SqliteConnection reader, Action<Action> exclusive)
    {
        this.writer = writer;
        this.reader = reader;
        this.exclusive = exclusive;
        loop = Task.Run(WriteLoopAsync);
    }

    /// <summary>How many transactions were committed (batches), for the benchmark.</summary>
    public long Commits => Interlocked.Read(ref commits);

    /// <summary>Opens the journal in the state file (creating its tables).</summary>
    /// <param name="path">The state file (already created by the runtime's store).</param>
    /// <param name="journal">The journal, or null.</param>
    /// <param name="error">Why it could not be opened, or null.</param>
    /// <param name="exclusive">
    /// Runs a commit while the runtime's store of this process is idle (<c>SqliteStore.Exclusive</c>), so the two
    /// connections do not contend for the write lock; null to rely on SQLite's busy timeout alone.
    /// </param>
    /// <returns>True when opened.</returns>
    public static bool TryOpen(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AlertJournal? journal, out string? error, Action<Action>? exclusive = null)
    {
        journal = null;
        SqliteConnection? write = null, read = null;
        try
        {
            write = Open(path);
            // Every acknowledged alert must survive a power loss, not only a crash: the batch commit pays for it.
            Exec(write, "PRAGMA synchronous = FULL;");
            using (var tx = write.BeginTransaction())
            {
                Exec(write, Schema, tx);
                tx.Commit();
            }

            read = Open(path);
            journal = new AlertJournal(write, read, exclusive ?? (action => action()));
            error = null;
            return true;
        }
        catch (SqliteException e)
        {
            write?.Dispose();
            read?.Dispose();
            error = $"cannot open the alert journal in '{path}': {e.Message}";
            return false;
        }
    }

    /// <summary>Journals alerts; completes when they are durable.</summary>
    /// <param name="alerts">The alerts (new and duplicates).</param>
    /// <returns>A task that completes at the commit, or faults when the write failed.</returns>
    public Task AppendAsync(IReadOnlyList<AcceptedAlert> alerts) => Enqueue((connection, tx) =>
    {
        using var command = Command(connection, tx,
            "INSERT INTO server_alerts(id, fingerprint, name, status, received_at, input, state) VALUES ($id, $fp, $name, $status, $at, $input, $state);");
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var fp = command.Parameters.Add("$fp", SqliteType.Text);
        var name = command.Parameters.Add("$name", SqliteType.Text);
        var status = command.Parameters.Add("$status", SqliteType.Text);
        var at = command.Parameters.Add("$at", SqliteType.Integer);
        var input = command.Parameters.Add("$input", SqliteType.Text);
        var state = command.Parameters.Add("$state", SqliteType.Text);
        foreach (var alert in alerts)
        {
            id.Value = alert.Id;
            fp.Value = alert.Fingerprint;
            name.Value = alert.Alert.Name;
            status.Value = alert.Alert.Status.ToString();
            at.Value = alert.ReceivedAt.ToUnixTimeMilliseconds();
            // A duplicate is never run from the journal; its row records that it arrived, the original holds the content.
            input.Value = alert.Duplicate ? "null" : ValueJson.Serialize(alert.Alert.Input);
            state.Value = alert.Duplicate ? "deduplicated" : "queued";
            command.ExecuteNonQuery();
        }
    });

    /// <summary>Records that a run was started for an alert (before the run starts, so a crash cannot hide it).</summary>
    /// <param name="run">The run.</param>
    /// <returns>A task that completes at the commit.</returns>
    public Task RecordRunAsync(IncidentRun run) => Enqueue((connection, tx) =>
    {
        using var command = Command(connection, tx,
            "INSERT OR REPLACE INTO server_alert_runs(run_id, alert_id, alert_name, playbook, incident, alert_received_at, started_at) VALUES ($run, $alert, $name, $pb, $inc, $rec, $at);",
            ("$run", run.RunId), ("$alert", run.AlertId), ("$name", run.AlertName), ("$pb", run.Playbook), ("$inc", run.IncidentKey),
            ("$rec", run.AlertReceivedAt.ToUnixTimeMilliseconds()), ("$at", run.StartedAt.ToUnixTimeMilliseconds()));
        command.ExecuteNonQuery();
    });

    /// <summary>Marks an alert done: every run it started ended (or it started none).</summary>
    /// <param name="alertId">The alert.</param>
    /// <param name="at">When.</param>
    /// <returns>A task that completes at the commit.</returns>
    public Task MarkProcessedAsync(string alertId, DateTimeOffset at) => Enqueue((connection, tx) =>
    {
        using var command = Command(connection, tx, "UPDATE server_alerts SET state = 'processed', processed_at = $at WHERE id = $id;",
            ("$id", alertId), ("$at", at.ToUnixTimeMilliseconds()));
        command.ExecuteNonQuery();
    });

    /// <summary>Alerts acknowledged but not yet processed (a stop or crash came first), oldest first.</summary>
    /// <returns>The alerts; those whose stored input cannot be read are skipped with a reason.</returns>
    public (IReadOnlyList<AcceptedAlert> Alerts, IReadOnlyList<string> Problems) Unprocessed()
    {
        var alerts = new List<AcceptedAlert>();
        var problems = new List<string>();
        Read("SELECT id, fingerprint, name, status, received_at, input FROM server_alerts WHERE state = 'queued' ORDER BY seq;", [], row =>
        {
            var id = row.GetString(0);
            if (!ValueJson.TryDeserialize(row.GetString(5), out var input, out var why) || input is not MapValue map)
            {
                problems.Add($"journaled alert {id} cannot be read back ({why ?? "not a map"}); it is left in the journal");
                return;
            }

            var status = Enum.TryParse<AlertStatus>(row.GetString(3), out var s) ? s : AlertStatus.Firing;
            alerts.Add(new AcceptedAlert(id, row.GetString(1), new TriggerAlert(row.GetString(2), status, row.GetString(1), map),
                DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(4)), Duplicate: false));
        });
        return (alerts, problems);
    }

    /// <summary>The alerts accepted since <paramref name="since"/>: dedup key, when, and journal id.</summary>
    /// <param name="since">The start of the window.</param>
    /// <returns>Key, time and id, oldest first.</returns>
    public IReadOnlyList<(string Key, DateTimeOffset At, string Id)> AcceptedSince(DateTimeOffset since)
    {
        var list = new List<(string, DateTimeOffset, string)>();
        Read("SELECT fingerprint, status, received_at, id FROM server_alerts WHERE received_at >= $since AND state <> 'deduplicated' ORDER BY seq;",
            [("$since", since.ToUnixTimeMilliseconds())],
            row => list.Add(($"{row.GetString(0)}|{row.GetString(1)}", DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(2)), row.GetString(3))));
        return list;
    }

    /// <summary>
    /// Incidents remediated since <paramref name="since"/>: runs the server started that count for the cooldown.
    /// Runs closed by recovery or cancelled by a stop undid their work, so the incident is still open and may run again.
    /// </summary>
    /// <param name="since">The start of the window.</param>
    /// <returns>Incident key and when its run started.</returns>
    public IReadOnlyList<(string Key, DateTimeOffset At)> IncidentsSince(DateTimeOffset since)
    {
        var list = new List<(string, DateTimeOffset)>();
        Read("""
            SELECT a.incident, MAX(a.started_at) FROM server_alert_runs a JOIN runs r ON r.run_id = a.run_id
            WHERE a.started_at >= $since AND (r.outcome IS NULL OR r.outcome NOT IN ('Recovered', 'Cancelled')) GROUP BY a.incident;
            """, [("$since", since.ToUnixTimeMilliseconds())],
            row => list.Add((row.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(1)))));
        return list;
    }

    /// <summary>The alert behind each of the given runs.</summary>
    /// <param name="runIds">The runs.</param>
    /// <returns>The runs the server started, by id.</returns>
    public IReadOnlyDictionary<string, IncidentRun> RunsByIds(IReadOnlyCollection<string> runIds)
    {
        var found = new Dictionary<string, IncidentRun>(StringComparer.Ordinal);
        if (runIds.Count == 0) return found;
        var names = runIds.Select((_, i) => $"$r{i}").ToArray();
        Read($"SELECT run_id, alert_id, alert_name, playbook, incident, alert_received_at, started_at FROM server_alert_runs WHERE run_id IN ({string.Join(", ", names)});",
            runIds.Select((id, i) => (names[i], (object)id)).ToArray(),
            row => found[row.GetString(0)] = new IncidentRun(row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3), row.GetString(4),
                DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(5)), DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(6))));
        return found;
    }

    /// <summary>Counts journaled alerts by state.</summary>
    /// <returns>State and count.</returns>
    public IReadOnlyDictionary<string, long> CountByState()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        Read("SELECT state, COUNT(*) FROM server_alerts GROUP BY state;", [], row => counts[row.GetString(0)] = row.GetInt64(1));
        return counts;
    }

    /// <summary>Which of the given ids are in the journal.</summary>
    /// <param name="ids">Alert ids.</param>
    /// <returns>The ids found.</returns>
    public IReadOnlySet<string> Contains(IEnumerable<string> ids)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        Read("SELECT id FROM server_alerts;", [], row =>
        {
            var id = row.GetString(0);
            if (wanted.Contains(id)) found.Add(id);
        });
        return found;
    }

    /// <summary>Whether the store answers (for readiness).</summary>
    /// <returns>Null when healthy, else why not.</returns>
    public string? Probe()
    {
        try
        {
            Read("SELECT 1;", [], _ => { });
            return loop.IsCompleted ? "the alert journal's writer stopped" : null;
        }
        catch (SqliteException e)
        {
            return $"the alert journal cannot be read: {e.Message}";
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        pending.Writer.TryComplete();
        await loop.ConfigureAwait(false);
        writer.Dispose();
        lock (reader) reader.Dispose();
    }

    private Task Enqueue(Action<SqliteConnection, SqliteTransaction> write)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!pending.Writer.TryWrite(new JournalOperation(write, done)))
        {
            done.SetException(new InvalidOperationException("the alert journal is closed"));
        }

        return done.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<JournalOperation>(MaxBatch);
        while (await pending.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && pending.Reader.TryRead(out var op)) batch.Add(op);
            try
            {
                exclusive(() =>
                {
                    using var tx = writer.BeginTransaction();
                    foreach (var op in batch) op.Write(writer, tx);
                    tx.Commit();
                });

                Interlocked.Increment(ref commits);
                foreach (var op in batch) op.Done.TrySetResult();
            }
            catch (Exception e) when (e is SqliteException or InvalidOperationException)
            {
                // The whole batch rolled back: every waiting request learns its alerts were not journaled.
                foreach (var op in batch) op.Done.TrySetException(e);
            }
        }
    }

    private void Read(string sql, (string Name, object Value)[] parameters, Action<SqliteDataReader> row)
    {
        lock (reader)
        {
            using var command = Command(reader, null, sql, parameters);
            using var rows = command.ExecuteReader();
            while (rows.Read()) row(rows);
        }
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 10 }.ToString());
        connection.Open();
        Exec(connection, "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL;");
        return connection;
    }

    private static void Exec(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = Command(connection, tx, sql);
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
