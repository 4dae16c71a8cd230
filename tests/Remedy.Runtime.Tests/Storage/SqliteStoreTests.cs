using Microsoft.Data.Sqlite;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Tests.Support;

namespace Remedy.Runtime.Tests.Storage;

public sealed class SqliteStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_database_is_one_file_in_wal_mode()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("remedy.db");
        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Normal, out var store, out var error), error);
        using (store)
        {
            using var check = new SqliteConnection($"Data Source={path};Pooling=False");
            check.Open();
            using var command = check.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            Assert.Equal("wal", command.ExecuteScalar());
        }
    }

    [Fact]
    public void An_approval_request_keeps_its_targets_and_a_state_file_from_before_targets_is_upgraded()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("old.db");
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE approval_requests(
                    run_id TEXT NOT NULL, step TEXT NOT NULL, playbook TEXT NOT NULL, requested_by TEXT NOT NULL, required INTEGER NOT NULL,
                    created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, summary TEXT NOT NULL, PRIMARY KEY(run_id, step));
                INSERT INTO approval_requests VALUES ('r0', 'fix', 'pb', 'alertmanager', 1, 0, 60000, 'old request');
                """;
            create.ExecuteNonQuery();
        }

        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Normal, out var store, out var error), error);
        using (store)
        {
            Assert.Empty(store.GetRequest("r0", "fix")!.Targets);
            var request = new Remedy.Runtime.Safety.ApprovalRequest("r1", "fix", "pb", "alertmanager", 1, T0, T0.AddMinutes(15), "summary") { Targets = ["a.log", "b.log"] };
            Assert.True(store.TryCreateRequest(request));
            Assert.Equal(["a.log", "b.log"], store.GetRequest("r1", "fix")!.Targets);
        }
    }

    [Fact]
    public void A_state_file_from_before_source_hashes_is_upgraded_and_its_requests_read_with_no_hash()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("old.db");
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE approval_requests(
                    run_id TEXT NOT NULL, step TEXT NOT NULL, playbook TEXT NOT NULL, requested_by TEXT NOT NULL, required INTEGER NOT NULL,
                    created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, summary TEXT NOT NULL, targets TEXT NOT NULL DEFAULT '[]', PRIMARY KEY(run_id, step));
                INSERT INTO approval_requests VALUES ('r0', 'fix', 'pb', 'alertmanager', 1, 0, 60000, 'old request', '["a.log"]');
                """;
            create.ExecuteNonQuery();
        }

        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Normal, out var store, out var error), error);
        using (store)
        {
            var before = store.GetRequest("r0", "fix")!;
            Assert.Equal(string.Empty, before.SourceHash);
            Assert.Equal(["a.log"], before.Targets);
            var hash = new string('f', 64);
            Assert.True(store.TryCreateRequest(new Remedy.Runtime.Safety.ApprovalRequest("r1", "fix", "pb", "alertmanager", 1, T0, T0.AddMinutes(15), "summary") { SourceHash = hash }));
            Assert.Equal(hash, store.GetRequest("r1", "fix")!.SourceHash);
        }

        // Opening the upgraded file again leaves it as it is.
        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Normal, out var again, out error), error);
        using (again)
        {
            Assert.Equal(new string('f', 64), again.GetRequest("r1", "fix")!.SourceHash);
        }
    }

    [Fact]
    public void A_missing_folder_is_a_clear_error()
    {
        Assert.False(SqliteStore.TryOpen("/nonexistent-remedy-dir/state.db", SqliteDurability.Normal, out var store, out var error));
        Assert.Null(store);
        Assert.Equal("cannot open state file '/nonexistent-remedy-dir/state.db': the folder '/nonexistent-remedy-dir' does not exist", error);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_a_clear_error()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("state.db", "this is not an SQLite database, just text that is long enough to have a header");
        Assert.False(SqliteStore.TryOpen(path, SqliteDurability.Normal, out _, out var error));
        Assert.StartsWith($"cannot open state file '{path}': ", error);
        Assert.Contains("not a database", error);
    }

    [Fact]
    public async Task A_locked_database_gives_a_clear_result_not_an_exception()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("state.db");
        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Normal, out var store, out var error, TimeSpan.FromMilliseconds(100)), error);
        using var h = new Harness(store);
        using var locker = new SqliteConnection($"Data Source={path};Pooling=False");
        locker.Open();
        using (var begin = locker.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE;";
            begin.ExecuteNonQuery();
        }

        var result = await h.RunAsync(Harness.SetAll(Harness.Manifest(), ["a"], 10), runId: "run-locked");

        Assert.Equal(RunOutcome.Failed, result.Outcome);
        Assert.Contains($"the state file '{path}' is locked by another process", result.Message);
        Assert.Contains("'remedy recover' will compensate it", result.Message);
        Assert.Empty(h.World.Log);

        // Nothing was half-written: once the lock is gone the run id is unknown and the same request can run.
        using (var rollback = locker.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            rollback.ExecuteNonQuery();
        }

        Assert.Null(h.Store.GetRun("run-locked"));
        Assert.Equal(RunOutcome.Succeeded, (await h.RunAsync(Harness.SetAll(Harness.Manifest(), ["a"], 10), runId: "run-locked")).Outcome);
    }

    [Theory]
    [InlineData("UPDATE audit SET message = 'nothing to see' WHERE seq = 2;", 2L, "was altered")]
    [InlineData("DELETE FROM audit WHERE seq = 2;", 2L, "audit record 2 is missing")]
    [InlineData("UPDATE audit SET actor = 'mallory' WHERE seq = 3;", 3L, "was altered")]
    public void Tampering_with_the_audit_log_is_detected(string tamper, long broken, string message)
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("audit.db");
        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Normal, out var store, out var error), error);
        using (store)
        {
            var audit = new AuditLog(store, new ManualClock(T0));
            audit.Record("bob", "approval.approved", "r1", "bob approved step 'fix' of run r1");
            audit.Record("runtime", "refused.BlastRadius", "r2", "step 'fix' resolved 9 target(s); max_targets is 3");
            audit.Record("ops", "pause", string.Empty, "ops paused all mutations");
            Assert.True(audit.Verify().Intact);

            using (var raw = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                raw.Open();
                using var command = raw.CreateCommand();
                command.CommandText = tamper;
                command.ExecuteNonQuery();
            }

            var verdict = audit.Verify();
            Assert.False(verdict.Intact);
            Assert.Equal(broken, verdict.FirstBrokenSequence);
            Assert.Contains(message, verdict.Message);
        }
    }

    [Fact]
    public void Recomputing_one_hash_after_an_edit_still_breaks_the_next_link()
    {
        var clock = new ManualClock(T0);
        var store = new InMemoryStore();
        var audit = new AuditLog(store, clock);
        audit.Record("bob", "approval.approved", "r1", "approved");
        audit.Record("runtime", "run.failed", "r1", "failed");
        var first = store.ReadAudit()[0];
        var forged = first.Entry with { Actor = "mallory" };

        // A forger who also recomputes the edited record's own hash is caught by the record after it.
        store.TamperAudit(0, first with { Entry = forged, Hash = AuditChain.Hash(first.PreviousHash, 1, forged) });
        var verdict = audit.Verify();
        Assert.False(verdict.Intact);
        Assert.Equal(2, verdict.FirstBrokenSequence);
        Assert.Contains("does not follow record 1", verdict.Message);
    }
}
