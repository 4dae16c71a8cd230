using Remedy.Runtime.Journal;
using Remedy.Runtime.Safety;

namespace Remedy.Runtime.Storage;

/// <summary>
/// A store held in memory, for tests, benchmarks and dry runs. Same semantics as <see cref="SqliteStore"/>,
/// including uniqueness per idempotency key; nothing survives the process.
/// </summary>
public sealed partial class InMemoryStore : IRuntimeStore
{
    private readonly object gate = new();
    private readonly Dictionary<string, RunRecord> runs = new(StringComparer.Ordinal);
    private readonly List<JournalEntry> journal = [];
    private readonly Dictionary<(string Key, JournalKind Kind), JournalEntry> byKey = [];
    private readonly List<AuditRecord> audit = [];
    private readonly List<(string Playbook, DateTimeOffset At)> failures = [];
    private readonly Dictionary<string, DateTimeOffset> trips = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Playbook, string RunId), DateTimeOffset> rateSlots = [];
    private readonly Dictionary<string, List<(string RunId, DateTimeOffset At)>> targetMutations = new(StringComparer.Ordinal);
    private readonly Dictionary<(string RunId, string Step), ApprovalRequest> requests = [];
    private readonly List<ApprovalDecision> decisions = [];
    private KillSwitchState killSwitch = KillSwitchState.Running;

    /// <inheritdoc />
    public bool TryStartRun(RunRecord run)
    {
        lock (gate)
        {
            if (!runs.TryAdd(run.RunId, run))
            {
                return false;
            }

            AppendLocked(new JournalEntry { RunId = run.RunId, Kind = JournalKind.RunStarted, At = run.StartedAt, Name = run.Playbook, Message = $"run of {run.Playbook} requested by {run.RequestedBy}" });
            return true;
        }
    }

    /// <inheritdoc />
    public bool TryAppend(JournalEntry entry, out long sequence)
    {
        lock (gate)
        {
            if (IsUnique(entry.Kind) && entry.IdempotencyKey is { } key && byKey.ContainsKey((key, entry.Kind)))
            {
                sequence = 0;
                return false;
            }

            sequence = AppendLocked(entry);
            return true;
        }
    }

    /// <inheritdoc />
    public void MarkActed(string runId)
    {
        lock (gate)
        {
            if (runs.TryGetValue(runId, out var run))
            {
                runs[runId] = run with { Acted = true };
            }
        }
    }

    /// <inheritdoc />
    public bool TryEndRun(string runId, RunOutcome outcome, DateTimeOffset at, string message)
    {
        lock (gate)
        {
            if (!runs.TryGetValue(runId, out var run) || !run.IsOpen)
            {
                return false;
            }

            AppendLocked(new JournalEntry { RunId = runId, Kind = JournalKind.RunEnded, At = at, Name = outcome.ToString(), Message = message });
            runs[runId] = run with { EndedAt = at, Outcome = outcome, Message = message };
            return true;
        }
    }

    /// <inheritdoc />
    public RunRecord? GetRun(string runId)
    {
        lock (gate)
        {
            return runs.GetValueOrDefault(runId);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<RunRecord> ListRuns(bool openOnly, int limit)
    {
        lock (gate)
        {
            return runs.Values.Where(r => !openOnly || r.IsOpen).OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.RunId, StringComparer.Ordinal).Take(limit).ToArray();
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<JournalEntry> ReadRun(string runId)
    {
        lock (gate)
        {
            return journal.Where(e => e.RunId == runId).ToArray();
        }
    }

    /// <inheritdoc />
    public JournalEntry? FindByKey(string idempotencyKey, JournalKind kind)
    {
        lock (gate)
        {
            return byKey.GetValueOrDefault((idempotencyKey, kind));
        }
    }

    /// <inheritdoc />
    public (int Runs, int Successes) CountOutcomes(string playbook, DateTimeOffset since)
    {
        lock (gate)
        {
            var ended = runs.Values.Where(r => r.Playbook == playbook && r.Acted && r.EndedAt >= since && r.Outcome is not null).ToArray();
            return (ended.Length, ended.Count(r => r.Outcome == RunOutcome.Succeeded));
        }
    }

    /// <inheritdoc />
    public AuditRecord AppendAudit(AuditEntry entry)
    {
        lock (gate)
        {
            var record = AuditChain.Next(audit.Count == 0 ? null : audit[^1], entry);
            audit.Add(record);
            return record;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<AuditRecord> ReadAudit()
    {
        lock (gate)
        {
            return audit.ToArray();
        }
    }

    /// <summary>Replaces an audit record in place, so tests can prove tampering is detected.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <param name="record">The forged record.</param>
    internal void TamperAudit(int index, AuditRecord record)
    {
        lock (gate)
        {
            audit[index] = record;
        }
    }

    /// <inheritdoc />
    public KillSwitchState GetKillSwitch()
    {
        lock (gate)
        {
            return killSwitch;
        }
    }

    /// <inheritdoc />
    public void SetKillSwitch(KillSwitchState state)
    {
        lock (gate)
        {
            killSwitch = state;
        }
    }

    /// <inheritdoc />
    public void RecordFailure(string playbook, string runId, DateTimeOffset at)
    {
        lock (gate)
        {
            failures.Add((playbook, at));
        }
    }

    /// <inheritdoc />
    public int CountFailures(string playbook, DateTimeOffset since)
    {
        lock (gate)
        {
            return failures.Count(f => f.Playbook == playbook && f.At >= since);
        }
    }

    /// <inheritdoc />
    public DateTimeOffset? GetBreakerTrip(string playbook)
    {
        lock (gate)
        {
            return trips.TryGetValue(playbook, out var at) ? at : null;
        }
    }

    /// <inheritdoc />
    public void SetBreakerTrip(string playbook, DateTimeOffset at)
    {
        lock (gate)
        {
            trips[playbook] = at;
        }
    }

    /// <inheritdoc />
    public bool TryTakeRateSlot(string playbook, string runId, int limit, DateTimeOffset windowStart, DateTimeOffset at)
    {
        lock (gate)
        {
            if (rateSlots.ContainsKey((playbook, runId)))
            {
                return true;
            }

            if (rateSlots.Count(s => s.Key.Playbook == playbook && s.Value >= windowStart) >= limit)
            {
                return false;
            }

            rateSlots[(playbook, runId)] = at;
            return true;
        }
    }

    /// <inheritdoc />
    public void RecordTargetMutation(string target, string playbook, string runId, DateTimeOffset at)
    {
        lock (gate)
        {
            if (!targetMutations.TryGetValue(target, out var list))
            {
                targetMutations[target] = list = [];
            }

            list.Add((runId, at));
        }
    }

    /// <inheritdoc />
    public DateTimeOffset? LastTargetMutation(string target, string excludingRunId)
    {
        lock (gate)
        {
            return targetMutations.TryGetValue(target, out var list)
                ? list.Where(m => m.RunId != excludingRunId).Select(m => (DateTimeOffset?)m.At).DefaultIfEmpty(null).Max()
                : null;
        }
    }

    /// <inheritdoc />
    public bool TryCreateRequest(ApprovalRequest request)
    {
        lock (gate)
        {
            return requests.TryAdd((request.RunId, request.Step), request);
        }
    }

    /// <inheritdoc />
    public ApprovalRequest? GetRequest(string runId, string step)
    {
        lock (gate)
        {
            return requests.GetValueOrDefault((runId, step));
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<ApprovalRequest> ListRequests()
    {
        lock (gate)
        {
            return requests.Values.OrderByDescending(r => r.CreatedAt).ToArray();
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<ApprovalRequest> ListRequests(IReadOnlyCollection<string> runIds)
    {
        var wanted = runIds.ToHashSet(StringComparer.Ordinal);
        lock (gate)
        {
            return requests.Values.Where(r => wanted.Contains(r.RunId)).OrderByDescending(r => r.CreatedAt).ToArray();
        }
    }

    /// <inheritdoc />
    public bool TryAddDecision(ApprovalDecision decision)
    {
        lock (gate)
        {
            if (decisions.Any(d => d.RunId == decision.RunId && d.Step == decision.Step && ApprovalPolicy.SamePerson(d.By, decision.By)))
            {
                return false;
            }

            decisions.Add(decision);
            return true;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<ApprovalDecision> GetDecisions(string runId, string step)
    {
        lock (gate)
        {
            return decisions.Where(d => d.RunId == runId && d.Step == step).ToArray();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private static bool IsUnique(JournalKind kind) =>
        kind is JournalKind.Intent or JournalKind.Done or JournalKind.Compensated;

    private long AppendLocked(JournalEntry entry)
    {
        var stored = entry with { Sequence = journal.Count + 1 };
        journal.Add(stored);
        if (IsUnique(stored.Kind) && stored.IdempotencyKey is { } key)
        {
            byKey[(key, stored.Kind)] = stored;
        }

        return stored.Sequence;
    }
}
