using Remedy.Runtime.Journal;
using Remedy.Runtime.Safety;
using Remedy.Runtime.Storage;
using Remedy.Server.Hosting;
using Remedy.Server.Intake;

namespace Remedy.Server.Runs;

/// <summary>Recent runs with the alert that started them, their outcome, time to recover and whether a person acted.</summary>
public sealed class RunBoard
{
    private readonly IRuntimeStore store;
    private readonly AlertJournal journal;
    private readonly TimeProvider clock;

    /// <summary>Creates the board.</summary>
    /// <param name="store">The runtime's store.</param>
    /// <param name="journal">The alert journal (which alert started which run).</param>
    /// <param name="clock">The clock.</param>
    public RunBoard(IRuntimeStore store, AlertJournal journal, TimeProvider clock)
    {
        this.store = store;
        this.journal = journal;
        this.clock = clock;
    }

    /// <summary>The newest runs.</summary>
    /// <param name="limit">How many.</param>
    /// <returns>The runs, newest first.</returns>
    public IReadOnlyList<RunView> Recent(int limit)
    {
        var runs = store.ListRuns(openOnly: false, limit);
        var started = journal.RunsByIds(runs.Select(r => r.RunId).ToArray());
        var now = clock.GetUtcNow();
        var requests = store.ListRequests(runs.Select(r => r.RunId).ToArray());
        var waiting = new HashSet<string>(StringComparer.Ordinal);
        var acted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in requests)
        {
            var decisions = store.GetDecisions(request.RunId, request.Step);
            if (decisions.Count > 0) acted.Add(request.RunId);
            if (ApprovalPolicy.Evaluate(request, decisions, now).Status == ApprovalStatus.Pending) waiting.Add(request.RunId);
        }

        return runs.Select(run =>
        {
            started.TryGetValue(run.RunId, out var origin);
            var recovered = run.Outcome == RunOutcome.Succeeded && run.EndedAt is { } end
                ? (end - (origin?.AlertReceivedAt ?? run.StartedAt)).TotalSeconds
                : (double?)null;
            return new RunView(
                run.RunId,
                run.Playbook,
                origin?.AlertName,
                run.IsOpen ? (waiting.Contains(run.RunId) ? "waiting_for_approval" : "running") : "ended",
                run.Outcome is { } outcome ? SnakeCase.Of(outcome) : null,
                IsoTime.Format(run.StartedAt),
                IsoTime.Format(run.EndedAt),
                recovered is { } seconds ? Math.Round(Math.Max(0, seconds), 3) : null,
                acted.Contains(run.RunId),
                run.Message);
        }).ToArray();
    }
}
