using System.Globalization;
using Microsoft.Data.Sqlite;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Safety;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Storage;

/// <summary>
/// The default store: one SQLite file in WAL mode, shared safely by several processes (the runtime, and
/// <c>remedy approve</c> / <c>remedy pause</c> from another shell). Each call is one transaction and is durable
/// when it returns. One connection per instance, used under a lock: SQLite has a single writer anyway.
/// </summary>
public sealed partial class SqliteStore : IRuntimeStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS runs(
            run_id TEXT PRIMARY KEY, playbook TEXT NOT NULL, requested_by TEXT NOT NULL, dry_run INTEGER NOT NULL,
            started_at INTEGER NOT NULL, ended_at INTEGER, outcome TEXT, acted INTEGER NOT NULL DEFAULT 0, message TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '');
        CREATE INDEX IF NOT EXISTS runs_open ON runs(outcome, started_at);
        CREATE INDEX IF NOT EXISTS runs_started ON runs(started_at, run_id);
        CREATE TABLE IF NOT EXISTS journal(
            seq INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL, kind TEXT NOT NULL, at INTEGER NOT NULL,
            step TEXT, name TEXT, provider_id TEXT, target TEXT, idem_key TEXT, data TEXT NOT NULL,
            comp_provider TEXT, comp_args TEXT, message TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS journal_run ON journal(run_id, seq);
        CREATE UNIQUE INDEX IF NOT EXISTS journal_once ON journal(idem_key, kind)
            WHERE idem_key IS NOT NULL AND kind IN ('Intent', 'Done', 'Compensated');
        CREATE TABLE IF NOT EXISTS audit(
            seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT NOT NULL, kind TEXT NOT NULL, run_id TEXT NOT NULL,
            message TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS kill_switch(
            id INTEGER PRIMARY KEY CHECK (id = 1), paused INTEGER NOT NULL, by TEXT NOT NULL, reason TEXT NOT NULL, at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS breaker_failures(playbook TEXT NOT NULL, run_id TEXT NOT NULL, at INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS breaker_failures_at ON breaker_failures(playbook, at);
        CREATE TABLE IF NOT EXISTS breaker_trips(playbook TEXT PRIMARY KEY, tripped_at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS rate_slots(playbook TEXT NOT NULL, run_id TEXT NOT NULL, at INTEGER NOT NULL, PRIMARY KEY(playbook, run_id));
        CREATE TABLE IF NOT EXISTS target_mutations(target TEXT NOT NULL, playbook TEXT NOT NULL, run_id TEXT NOT NULL, at INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS target_mutations_target ON target_mutations(target, at);
        CREATE TABLE IF NOT EXISTS approval_requests(
            run_id TEXT NOT NULL, step TEXT NOT NULL, playbook TEXT NOT NULL, requested_by TEXT NOT NULL, required INTEGER NOT NULL,
            created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, summary TEXT NOT NULL, targets TEXT NOT NULL DEFAULT '[]', source_hash TEXT NOT NULL DEFAULT '', PRIMARY KEY(run_id, step));
        CREATE TABLE IF NOT EXISTS approval_decisions(
            run_id TEXT NOT NULL, step TEXT NOT NULL, by_key TEXT NOT NULL, by TEXT NOT NULL, approved INTEGER NOT NULL, at INTEGER NOT NULL,
            comment TEXT NOT NULL, PRIMARY KEY(run_id, step, by_key));
        CREATE TABLE IF NOT EXISTS learning_state(key TEXT PRIMARY KEY, json TEXT NOT NULL, updated_at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS learning_outcomes(
            seq INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL, playbook TEXT NOT NULL, choice TEXT NOT NULL, option TEXT NOT NULL,
            features TEXT NOT NULL, probability REAL NOT NULL, success INTEGER NOT NULL, ttr_ms INTEGER NOT NULL, human INTEGER NOT NULL, at INTEGER NOT NULL);
        """;

    private readonly object gate = new();
    private readonly SqliteConnection connection;

    private readonly TimeSpan busyTimeout;

    private SqliteStore(SqliteConnection connection, string path, TimeSpan busyTimeout)
    {
        this.connection = connection;
        this.busyTimeout = busyTimeout;
        Path = path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>
    /// Runs <paramref name="action"/> while no call of this store is using the file. Another connection of the same
    /// process that keeps its own tables in the state file (the server's alert journal) writes inside it, so the two
    /// never meet on SQLite's write lock, which a waiter resolves by sleeping (milliseconds at a time).
    /// </summary>
    /// <param name="action">The other connection's write.</param>
    public void Exclusive(Action action)
    {
        lock (gate)
        {
            action();
        }
    }

    /// <summary>Opens (creating if needed) a store file.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="durability">How hard to keep each commit.</param>
    /// <param name="store">The store, or null on error.</param>
    /// <param name="error">Why it could not be opened (missing folder, not a database, locked), or null.</param>
    /// <param name="busyTimeout">How long a call waits for another process's write lock before failing (default 10 s).</param>
    /// <returns>True when opened.</returns>
    public static bool TryOpen(string path, SqliteDurability durability, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SqliteStore? store, out string? error, TimeSpan? busyTimeout = null)
    {
        var wait = busyTimeout ?? TimeSpan.FromSeconds(10);
        store = null;
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            error = $"cannot open state file '{path}': the folder '{directory}' does not exist";
            return false;
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Without pooling, Dispose really closes the file, so tests and tools can delete or move it.
            Pooling = false,
            // The driver retries a busy database for the command timeout (whole seconds) on top of busy_timeout.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)),
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Exec(connection, $"PRAGMA busy_timeout = {(long)wait.TotalMilliseconds};");
            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                var mode = Convert.ToString(wal.ExecuteScalar(), CultureInfo.InvariantCulture);
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException($"the file system does not support WAL mode (got '{mode}')");
                }
            }

            Exec(connection, durability == SqliteDurability.Full ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;");
            using (var tx = connection.BeginTransaction())
            {
                Exec(connection, Schema, tx);
                Migrate(connection, tx);
                tx.Commit();
            }

            store = new SqliteStore(connection, path, wait);
            error = null;
            return true;
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            connection.Dispose();
            error = e is SqliteException { SqliteErrorCode: 5 or 6 }
                ? $"cannot open state file '{path}': the database is locked by another process ({e.Message})"
                : $"cannot open state file '{path}': {e.Message}";
            return false;
        }
    }

    /// <inheritdoc />
    public bool TryStartRun(RunRecord run)
    {
        lock (gate)
        {
            try
            {
                using var tx = connection.BeginTransaction();
                var inserted = Exec(connection,
                    "INSERT OR IGNORE INTO runs(run_id, playbook, requested_by, dry_run, started_at, owner) VALUES ($id, $pb, $by, $dry, $at, $owner);", tx,
                    ("$id", run.RunId), ("$pb", run.Playbook), ("$by", run.RequestedBy), ("$dry", run.DryRun ? 1 : 0), ("$at", Ms(run.StartedAt)), ("$owner", run.Owner));
                if (inserted == 0)
                {
                    return false;
                }

                Insert(new JournalEntry { RunId = run.RunId, Kind = JournalKind.RunStarted, At = run.StartedAt, Name = run.Playbook, Message = $"run of {run.Playbook} requested by {run.RequestedBy}" }, tx);
                tx.Commit();
                return true;
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public bool TryAppend(JournalEntry entry, out long sequence)
    {
        lock (gate)
        {
            try
            {
                sequence = Insert(entry, null);
                return sequence != 0;
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public void MarkActed(string runId)
    {
        lock (gate)
        {
            try
            {
                Exec(connection, "UPDATE runs SET acted = 1 WHERE run_id = $id AND acted = 0;", null, ("$id", runId));
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public bool TryEndRun(string runId, RunOutcome outcome, DateTimeOffset at, string message)
    {
        lock (gate)
        {
            try
            {
                using var tx = connection.BeginTransaction();
                var updated = Exec(connection,
                    "UPDATE runs SET ended_at = $at, outcome = $o, message = $m WHERE run_id = $id AND outcome IS NULL;", tx,
                    ("$at", Ms(at)), ("$o", outcome.ToString()), ("$m", message), ("$id", runId));
                if (updated == 0)
                {
                    return false;
                }

                Insert(new JournalEntry { RunId = runId, Kind = JournalKind.RunEnded, At = at, Name = outcome.ToString(), Message = message }, tx);
                tx.Commit();
                return true;
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public RunRecord? GetRun(string runId)
    {
        lock (gate)
        {
            try
            {
                return QueryRuns("SELECT * FROM runs WHERE run_id = $id;", ("$id", runId)).FirstOrDefault();
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<RunRecord> ListRuns(bool openOnly, int limit)
    {
        lock (gate)
        {
            try
            {
                var where = openOnly ? "WHERE outcome IS NULL" : string.Empty;
                return QueryRuns($"SELECT * FROM runs {where} ORDER BY started_at DESC, run_id DESC LIMIT $n;", ("$n", limit));
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<JournalEntry> ReadRun(string runId)
    {
        lock (gate)
        {
            try
            {
                return QueryEntries("SELECT * FROM journal WHERE run_id = $id ORDER BY seq;", ("$id", runId));
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public JournalEntry? FindByKey(string idempotencyKey, JournalKind kind)
    {
        lock (gate)
        {
            try
            {
                return QueryEntries("SELECT * FROM journal WHERE idem_key = $k AND kind = $kind;", ("$k", idempotencyKey), ("$kind", kind.ToString())).FirstOrDefault();
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public (int Runs, int Successes) CountOutcomes(string playbook, DateTimeOffset since)
    {
        lock (gate)
        {
            try
            {
                using var command = Command(
                    "SELECT COUNT(*), COALESCE(SUM(outcome = 'Succeeded'), 0) FROM runs WHERE playbook = $pb AND acted = 1 AND outcome IS NOT NULL AND ended_at >= $since;",
                    null, ("$pb", playbook), ("$since", Ms(since)));
                using var reader = command.ExecuteReader();
                reader.Read();
                return (reader.GetInt32(0), reader.GetInt32(1));
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public AuditRecord AppendAudit(AuditEntry entry)
    {
        lock (gate)
        {
            try
            {
                // BEGIN IMMEDIATE (the default here) takes the write lock first, so two processes cannot both chain onto one hash.
                using var tx = connection.BeginTransaction();
                AuditRecord? last = null;
                using (var command = Command("SELECT * FROM audit ORDER BY seq DESC LIMIT 1;", tx))
                using (var reader = command.ExecuteReader())
                {
                    if (reader.Read())
                    {
                        last = ReadAuditRecord(reader);
                    }
                }

                var record = AuditChain.Next(last, entry);
                Exec(connection,
                    "INSERT INTO audit(seq, at, actor, kind, run_id, message, prev_hash, hash) VALUES ($s, $at, $actor, $kind, $run, $m, $p, $h);", tx,
                    ("$s", record.Sequence), ("$at", Ms(entry.At)), ("$actor", entry.Actor), ("$kind", entry.Kind), ("$run", entry.RunId),
                    ("$m", entry.Message), ("$p", record.PreviousHash), ("$h", record.Hash));
                tx.Commit();
                return record;
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<AuditRecord> ReadAudit()
    {
        lock (gate)
        {
            try
            {
                using var command = Command("SELECT * FROM audit ORDER BY seq;", null);
                using var reader = command.ExecuteReader();
                var records = new List<AuditRecord>();
                while (reader.Read())
                {
                    records.Add(ReadAuditRecord(reader));
                }

                return records;
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public KillSwitchState GetKillSwitch()
    {
        lock (gate)
        {
            try
            {
                using var command = Command("SELECT paused, by, reason, at FROM kill_switch WHERE id = 1;", null);
                using var reader = command.ExecuteReader();
                return reader.Read()
                    ? new KillSwitchState(reader.GetInt64(0) != 0, reader.GetString(1), reader.GetString(2), FromMs(reader.GetInt64(3)))
                    : KillSwitchState.Running;
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public void SetKillSwitch(KillSwitchState state)
    {
        lock (gate)
        {
            try
            {
                Exec(connection,
                    "INSERT INTO kill_switch(id, paused, by, reason, at) VALUES (1, $p, $by, $r, $at) ON CONFLICT(id) DO UPDATE SET paused = $p, by = $by, reason = $r, at = $at;", null,
                    ("$p", state.Paused ? 1 : 0), ("$by", state.By), ("$r", state.Reason), ("$at", Ms(state.At)));
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public void RecordFailure(string playbook, string runId, DateTimeOffset at)
    {
        lock (gate)
        {
            try
            {
                Exec(connection, "INSERT INTO breaker_failures(playbook, run_id, at) VALUES ($pb, $run, $at);", null, ("$pb", playbook), ("$run", runId), ("$at", Ms(at)));
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public int CountFailures(string playbook, DateTimeOffset since)
    {
        lock (gate)
        {
            try
            {
                return Convert.ToInt32(Scalar("SELECT COUNT(*) FROM breaker_failures WHERE playbook = $pb AND at >= $since;", null, ("$pb", playbook), ("$since", Ms(since))), CultureInfo.InvariantCulture);
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public DateTimeOffset? GetBreakerTrip(string playbook)
    {
        lock (gate)
        {
            try
            {
                return Scalar("SELECT tripped_at FROM breaker_trips WHERE playbook = $pb;", null, ("$pb", playbook)) is long ms ? FromMs(ms) : null;
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public void SetBreakerTrip(string playbook, DateTimeOffset at)
    {
        lock (gate)
        {
            try
            {
                Exec(connection, "INSERT INTO breaker_trips(playbook, tripped_at) VALUES ($pb, $at) ON CONFLICT(playbook) DO UPDATE SET tripped_at = $at;", null, ("$pb", playbook), ("$at", Ms(at)));
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public bool TryTakeRateSlot(string playbook, string runId, int limit, DateTimeOffset windowStart, DateTimeOffset at)
    {
        lock (gate)
        {
            try
            {
                using var tx = connection.BeginTransaction();
                if (Scalar("SELECT 1 FROM rate_slots WHERE playbook = $pb AND run_id = $run;", tx, ("$pb", playbook), ("$run", runId)) is not null)
                {
                    return true;
                }

                var used = Convert.ToInt32(Scalar("SELECT COUNT(*) FROM rate_slots WHERE playbook = $pb AND at >= $since;", tx, ("$pb", playbook), ("$since", Ms(windowStart))), CultureInfo.InvariantCulture);
                if (used >= limit)
                {
                    return false;
                }

                Exec(connection, "INSERT INTO rate_slots(playbook, run_id, at) VALUES ($pb, $run, $at);", tx, ("$pb", playbook), ("$run", runId), ("$at", Ms(at)));
                tx.Commit();
                return true;
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public void RecordTargetMutation(string target, string playbook, string runId, DateTimeOffset at)
    {
        lock (gate)
        {
            try
            {
                Exec(connection, "INSERT INTO target_mutations(target, playbook, run_id, at) VALUES ($t, $pb, $run, $at);", null, ("$t", target), ("$pb", playbook), ("$run", runId), ("$at", Ms(at)));
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public DateTimeOffset? LastTargetMutation(string target, string excludingRunId)
    {
        lock (gate)
        {
            try
            {
                return Scalar("SELECT MAX(at) FROM target_mutations WHERE target = $t AND run_id <> $run;", null, ("$t", target), ("$run", excludingRunId)) is long ms ? FromMs(ms) : null;
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public bool TryCreateRequest(ApprovalRequest request)
    {
        lock (gate)
        {
            try
            {
                return Exec(connection,
                    "INSERT OR IGNORE INTO approval_requests(run_id, step, playbook, requested_by, required, created_at, expires_at, summary, targets, source_hash) VALUES ($run, $step, $pb, $by, $n, $c, $e, $s, $t, $h);", null,
                    ("$run", request.RunId), ("$step", request.Step), ("$pb", request.Playbook), ("$by", request.RequestedBy), ("$n", request.RequiredApprovers),
                    ("$c", Ms(request.CreatedAt)), ("$e", Ms(request.ExpiresAt)), ("$s", request.Summary),
                    ("$t", System.Text.Json.JsonSerializer.Serialize(request.Targets.ToArray())), ("$h", request.SourceHash)) == 1;
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public ApprovalRequest? GetRequest(string runId, string step)
    {
        lock (gate)
        {
            try
            {
                return QueryRequests("SELECT * FROM approval_requests WHERE run_id = $run AND step = $step;", ("$run", runId), ("$step", step)).FirstOrDefault();
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<ApprovalRequest> ListRequests()
    {
        lock (gate)
        {
            try
            {
                return QueryRequests("SELECT * FROM approval_requests ORDER BY created_at DESC;");
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<ApprovalRequest> ListRequests(IReadOnlyCollection<string> runIds)
    {
        if (runIds.Count == 0) return [];
        // One parameter per run: each is a lookup in the (run_id, step) key, so the cost follows the page, not the history.
        var parameters = runIds.Select((id, i) => ($"$r{i}", (object?)id)).ToArray();
        var list = string.Join(", ", parameters.Select(p => p.Item1));
        lock (gate)
        {
            try
            {
                return QueryRequests($"SELECT * FROM approval_requests WHERE run_id IN ({list}) ORDER BY created_at DESC;", parameters);
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public bool TryAddDecision(ApprovalDecision decision)
    {
        lock (gate)
        {
            try
            {
                return Exec(connection,
                    "INSERT OR IGNORE INTO approval_decisions(run_id, step, by_key, by, approved, at, comment) VALUES ($run, $step, $key, $by, $a, $at, $c);", null,
                    ("$run", decision.RunId), ("$step", decision.Step), ("$key", decision.By.Trim().ToUpperInvariant()), ("$by", decision.By),
                    ("$a", decision.Approved ? 1 : 0), ("$at", Ms(decision.At)), ("$c", decision.Comment)) == 1;
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<ApprovalDecision> GetDecisions(string runId, string step)
    {
        lock (gate)
        {
            try
            {
                using var command = Command("SELECT run_id, step, by, approved, at, comment FROM approval_decisions WHERE run_id = $run AND step = $step ORDER BY at, rowid;", null, ("$run", runId), ("$step", step));
                using var reader = command.ExecuteReader();
                var list = new List<ApprovalDecision>();
                while (reader.Read())
                {
                    list.Add(new ApprovalDecision(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) != 0, FromMs(reader.GetInt64(4)), reader.GetString(5)));
                }

                return list;
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (gate)
        {
            connection.Dispose();
        }
    }

    private StoreException Unavailable(SqliteException e) => new(
        e.SqliteErrorCode is 5 or 6
            ? $"the state file '{Path}' is locked by another process and stayed locked for {busyTimeout.TotalSeconds:0.#} s ({e.Message})"
            : $"the state file '{Path}' cannot be used: {e.Message}",
        e);

    private static long Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    private static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private static int Exec(SqliteConnection connection, string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private object? Scalar(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, tx, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private long Insert(JournalEntry entry, SqliteTransaction? tx)
    {
        using var command = Command("""
            INSERT OR IGNORE INTO journal(run_id, kind, at, step, name, provider_id, target, idem_key, data, comp_provider, comp_args, message)
            VALUES ($run, $kind, $at, $step, $name, $prov, $target, $key, $data, $cp, $ca, $m);
            SELECT CASE WHEN changes() = 1 THEN last_insert_rowid() ELSE 0 END;
            """, tx,
            ("$run", entry.RunId), ("$kind", entry.Kind.ToString()), ("$at", Ms(entry.At)), ("$step", entry.Step), ("$name", entry.Name),
            ("$prov", entry.ProviderId), ("$target", entry.Target), ("$key", entry.IdempotencyKey), ("$data", entry.Data.ToJson()),
            ("$cp", entry.Compensation?.ProviderId), ("$ca", entry.Compensation?.Args.ToJson()), ("$m", entry.Message));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private List<RunRecord> QueryRuns(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, null, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<RunRecord>();
        while (reader.Read())
        {
            var outcome = reader["outcome"] is string o && Enum.TryParse<RunOutcome>(o, out var parsed) ? parsed : (RunOutcome?)null;
            list.Add(new RunRecord(
                (string)reader["run_id"],
                (string)reader["playbook"],
                (string)reader["requested_by"],
                (long)reader["dry_run"] != 0,
                FromMs((long)reader["started_at"]),
                reader["ended_at"] is long ended ? FromMs(ended) : null,
                outcome,
                (long)reader["acted"] != 0,
                (string)reader["message"],
                (string)reader["owner"]));
        }

        return list;
    }

    private List<JournalEntry> QueryEntries(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, null, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<JournalEntry>();
        while (reader.Read())
        {
            CompensationCall? compensation = null;
            if (reader["comp_provider"] is string provider && reader["comp_args"] is string argsJson)
            {
                compensation = new CompensationCall(provider, ValueJson.TryDeserialize(argsJson, out var args, out _) && args is MapValue map ? map : MapValue.Empty);
            }

            list.Add(new JournalEntry
            {
                Sequence = (long)reader["seq"],
                RunId = (string)reader["run_id"],
                Kind = Enum.Parse<JournalKind>((string)reader["kind"]),
                At = FromMs((long)reader["at"]),
                Step = reader["step"] as string,
                Name = reader["name"] as string,
                ProviderId = reader["provider_id"] as string,
                Target = reader["target"] as string,
                IdempotencyKey = reader["idem_key"] as string,
                Data = ValueJson.TryDeserialize((string)reader["data"], out var data, out _) ? data : RValue.Null,
                Compensation = compensation,
                Message = (string)reader["message"],
            });
        }

        return list;
    }

    private List<ApprovalRequest> QueryRequests(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, null, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<ApprovalRequest>();
        while (reader.Read())
        {
            list.Add(new ApprovalRequest(
                (string)reader["run_id"], (string)reader["step"], (string)reader["playbook"], (string)reader["requested_by"],
                (int)(long)reader["required"], FromMs((long)reader["created_at"]), FromMs((long)reader["expires_at"]), (string)reader["summary"])
            {
                Targets = ReadTargets((string)reader["targets"]),
                SourceHash = (string)reader["source_hash"],
            });
        }

        return list;
    }

    private static IReadOnlyList<string> ReadTargets(string json)
    {
        try
        {
            // An empty list is the shared empty one, so a request without targets equals the one written.
            return System.Text.Json.JsonSerializer.Deserialize<string[]>(json) is { Length: > 0 } targets ? targets : [];
        }
        catch (System.Text.Json.JsonException)
        {
            // The targets are shown to approvers, never acted on: a damaged list reads as unknown, not as a failure.
            return [];
        }
    }

    /// <summary>Brings a state file written by an older version up to the current schema.</summary>
    private static void Migrate(SqliteConnection connection, SqliteTransaction tx)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        foreach (var (column, definition) in new[] { ("targets", "TEXT NOT NULL DEFAULT '[]'"), ("source_hash", "TEXT NOT NULL DEFAULT ''") })
        {
            command.CommandText = $"SELECT COUNT(*) FROM pragma_table_info('approval_requests') WHERE name = '{column}';";
            if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
            {
                Exec(connection, $"ALTER TABLE approval_requests ADD COLUMN {column} {definition};", tx);
            }
        }
    }

    private static AuditRecord ReadAuditRecord(SqliteDataReader reader) => new(
        (long)reader["seq"],
        new AuditEntry(FromMs((long)reader["at"]), (string)reader["actor"], (string)reader["kind"], (string)reader["run_id"], (string)reader["message"]),
        (string)reader["prev_hash"],
        (string)reader["hash"]);
}
