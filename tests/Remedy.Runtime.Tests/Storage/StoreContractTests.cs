using Remedy.Runtime.Journal;
using Remedy.Runtime.Safety;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Storage;

public sealed class StoreContractTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private readonly StoreFactory factory = new();

    public static TheoryData<string> Kinds => ["memory", "sqlite"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Runs_open_and_end_once(string kind)
    {
        using var store = factory.Create(kind);
        Assert.True(store.TryStartRun(new RunRecord("r1", "pb", "alice", false, T0, Owner: "host/1/2")));
        Assert.False(store.TryStartRun(new RunRecord("r1", "pb", "alice", false, T0)));
        Assert.Equal(["r1"], store.ListRuns(openOnly: true, 10).Select(r => r.RunId));
        Assert.Equal("host/1/2", store.GetRun("r1")!.Owner);

        store.MarkActed("r1");
        Assert.True(store.TryEndRun("r1", RunOutcome.Succeeded, T0.AddMinutes(1), "ok"));
        Assert.False(store.TryEndRun("r1", RunOutcome.Failed, T0.AddMinutes(2), "again"));
        var run = store.GetRun("r1")!;
        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        Assert.True(run.Acted);
        Assert.Empty(store.ListRuns(openOnly: true, 10));
        Assert.Equal((1, 1), store.CountOutcomes("pb", T0));
        Assert.Equal([JournalKind.RunStarted, JournalKind.RunEnded], store.ReadRun("r1").Select(e => e.Kind));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Intent_done_and_compensated_are_unique_per_idempotency_key(string kind)
    {
        using var store = factory.Create(kind);
        store.TryStartRun(new RunRecord("r1", "pb", "alice", false, T0));
        var intent = new JournalEntry
        {
            RunId = "r1", Kind = JournalKind.Intent, At = T0, Step = "s", Name = "set", ProviderId = "fake.set", Target = "t", IdempotencyKey = "k1",
            Data = MapValue.Of(("previous", 3), ("when", TimeSpan.FromSeconds(1))),
            Compensation = new CompensationCall("fake.restore", MapValue.Of(("previous", 3))),
        };
        Assert.True(store.TryAppend(intent, out var seq));
        Assert.True(seq > 0);
        Assert.False(store.TryAppend(intent with { At = T0.AddSeconds(1) }, out var none));
        Assert.Equal(0, none);
        Assert.True(store.TryAppend(intent with { Kind = JournalKind.Done, Compensation = null }, out _));
        Assert.False(store.TryAppend(intent with { Kind = JournalKind.Done, Compensation = null }, out _));
        Assert.True(store.TryAppend(intent with { Kind = JournalKind.CallFailed }, out _));
        Assert.True(store.TryAppend(intent with { Kind = JournalKind.CallFailed }, out _));

        var read = store.FindByKey("k1", JournalKind.Intent)!;
        Assert.Equal(intent with { Sequence = read.Sequence }, read);
        Assert.Null(store.FindByKey("k2", JournalKind.Intent));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Rate_slots_are_taken_once_per_run_and_counted_in_the_window(string kind)
    {
        using var store = factory.Create(kind);
        Assert.True(store.TryTakeRateSlot("pb", "r1", 2, T0.AddHours(-1), T0));
        Assert.True(store.TryTakeRateSlot("pb", "r1", 2, T0.AddHours(-1), T0));
        Assert.True(store.TryTakeRateSlot("pb", "r2", 2, T0.AddHours(-1), T0));
        Assert.False(store.TryTakeRateSlot("pb", "r3", 2, T0.AddHours(-1), T0));
        Assert.True(store.TryTakeRateSlot("other", "r3", 2, T0.AddHours(-1), T0));
        Assert.True(store.TryTakeRateSlot("pb", "r3", 2, T0.AddMinutes(1), T0.AddHours(1)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Breaker_kill_switch_and_cooldown_state_round_trip(string kind)
    {
        using var store = factory.Create(kind);
        Assert.False(store.GetKillSwitch().Paused);
        store.SetKillSwitch(new KillSwitchState(true, "ops", "freeze", T0));
        Assert.Equal(new KillSwitchState(true, "ops", "freeze", T0), store.GetKillSwitch());

        store.RecordFailure("pb", "r1", T0);
        store.RecordFailure("pb", "r2", T0.AddMinutes(10));
        Assert.Equal(1, store.CountFailures("pb", T0.AddMinutes(5)));
        Assert.Null(store.GetBreakerTrip("pb"));
        store.SetBreakerTrip("pb", T0);
        Assert.Equal(T0, store.GetBreakerTrip("pb"));

        store.RecordTargetMutation("prod/a", "pb", "r1", T0);
        store.RecordTargetMutation("prod/a", "pb", "r2", T0.AddMinutes(3));
        Assert.Equal(T0.AddMinutes(3), store.LastTargetMutation("prod/a", "r1"));
        Assert.Equal(T0, store.LastTargetMutation("prod/a", "r2"));
        Assert.Null(store.LastTargetMutation("prod/b", "r1"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void An_approval_request_keeps_the_source_hash_of_the_version_its_run_executes(string kind)
    {
        using var store = factory.Create(kind);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("playbook pb {}"u8));
        Assert.True(store.TryCreateRequest(new ApprovalRequest("r1", "fix", "pb", "alice", 1, T0, T0.AddMinutes(15), "summary") { Targets = ["a"], SourceHash = hash }));
        Assert.True(store.TryCreateRequest(new ApprovalRequest("r2", "fix", "pb", "alice", 1, T0, T0.AddMinutes(15), "summary")));

        Assert.Equal(hash, store.GetRequest("r1", "fix")!.SourceHash);
        Assert.Equal(["a"], store.GetRequest("r1", "fix")!.Targets);
        Assert.Equal(string.Empty, store.GetRequest("r2", "fix")!.SourceHash);
        Assert.Equal([hash, string.Empty], store.ListRequests(["r1", "r2"]).OrderBy(r => r.RunId, StringComparer.Ordinal).Select(r => r.SourceHash));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Approval_decisions_are_one_per_person(string kind)
    {
        using var store = factory.Create(kind);
        var request = new ApprovalRequest("r1", "fix", "pb", "alice", 2, T0, T0.AddMinutes(15), "summary");
        Assert.True(store.TryCreateRequest(request));
        Assert.False(store.TryCreateRequest(request));
        Assert.Equal(request, store.GetRequest("r1", "fix"));
        Assert.True(store.TryAddDecision(new ApprovalDecision("r1", "fix", "bob", true, T0)));
        Assert.False(store.TryAddDecision(new ApprovalDecision("r1", "fix", " BOB", false, T0)));
        Assert.True(store.TryAddDecision(new ApprovalDecision("r1", "fix", "carol", false, T0, "no")));
        Assert.Equal(["bob", "carol"], store.GetDecisions("r1", "fix").Select(d => d.By));
        Assert.Single(store.ListRequests());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_requests_of_given_runs_are_read_alone_newest_first(string kind)
    {
        using var store = factory.Create(kind);
        for (var i = 0; i < 50; i++)
        {
            var at = T0.AddMinutes(i);
            Assert.True(store.TryCreateRequest(new ApprovalRequest($"r{i}", "fix", "pb", "alice", 1, at, at.AddMinutes(15), "summary")));
            if (i % 10 == 0) Assert.True(store.TryCreateRequest(new ApprovalRequest($"r{i}", "verify", "pb", "alice", 1, at.AddSeconds(1), at.AddMinutes(15), "summary")));
        }

        var requests = store.ListRequests(["r40", "r3", "r10", "missing"]);

        Assert.Equal(["r40 verify", "r40 fix", "r10 verify", "r10 fix", "r3 fix"], requests.Select(r => $"{r.RunId} {r.Step}"));
        Assert.Empty(store.ListRequests([]));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_audit_chain_verifies(string kind)
    {
        using var store = factory.Create(kind);
        for (var i = 0; i < 5; i++)
        {
            store.AppendAudit(new AuditEntry(T0.AddSeconds(i), "runtime", "refused.Cooldown", "r1", $"decision {i}"));
        }

        var records = store.ReadAudit();
        Assert.Equal([1L, 2, 3, 4, 5], records.Select(r => r.Sequence));
        Assert.Equal(AuditChain.Genesis, records[0].PreviousHash);
        Assert.True(AuditChain.Verify(records).Intact);
    }

    public void Dispose() => factory.Dispose();
}
