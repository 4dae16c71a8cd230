namespace Remedy.Runtime.Engine;

/// <summary>
/// A time budget (a run's or a step's timeout) that can be suspended. Time spent waiting for a human approval
/// does not count against the playbook's timeout (that wait is bounded by the approval's own expiry), or a
/// supervised playbook with <c>timeout 10m</c> could never use a 15-minute approval window.
/// </summary>
internal sealed class RunBudget : IDisposable
{
    private readonly TimeProvider clock;
    private readonly TimeSpan? limit;
    private readonly CancellationTokenSource source;
    private TimeSpan used;
    private DateTimeOffset? activeSince;

    public RunBudget(TimeSpan? limit, TimeProvider clock)
    {
        this.clock = clock;
        this.limit = limit;
        source = limit is { } l ? new CancellationTokenSource(l, clock) : new CancellationTokenSource();
        activeSince = clock.GetUtcNow();
    }

    public CancellationToken Token => source.Token;

    public bool IsExpired => source.IsCancellationRequested;

    public void Suspend()
    {
        if (limit is null || activeSince is not { } since || source.IsCancellationRequested)
        {
            return;
        }

        used += clock.GetUtcNow() - since;
        activeSince = null;
        source.CancelAfter(Timeout.InfiniteTimeSpan);
    }

    public void Resume()
    {
        if (limit is not { } l || activeSince is not null || source.IsCancellationRequested)
        {
            return;
        }

        activeSince = clock.GetUtcNow();
        var remaining = l - used;
        source.CancelAfter(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
    }

    public void Dispose() => source.Dispose();
}
