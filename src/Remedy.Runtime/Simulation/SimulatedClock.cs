namespace Remedy.Runtime.Simulation;

/// <summary>
/// A clock for simulations: time moves only when the simulated work is waiting, and then jumps straight to the
/// next timer, so waits, pauses, backoffs, approval polls and verify windows cost no real time while every
/// timeout, cooldown and recovery time is still accounted in simulated time. Drive work with
/// <see cref="RunAsync{T}"/>; advance between incidents with <see cref="Advance"/>.
/// </summary>
public sealed class SimulatedClock : TimeProvider
{
    private readonly object gate = new();
    private readonly List<SimulatedTimer> timers = [];
    private DateTimeOffset now;
    private long armed;
    private int driverThread = -1;

    private long foreign;
    private bool settledInline;

    /// <summary>Creates a clock.</summary>
    /// <param name="start">The simulated time it starts at.</param>
    public SimulatedClock(DateTimeOffset start) => now = start;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new SimulatedTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves time forward, firing every timer that falls due on the way.</summary>
    /// <param name="by">How far.</param>
    public void Advance(TimeSpan by)
    {
        var target = GetUtcNow() + by;
        while (FireNext(target))
        {
        }

        lock (gate)
        {
            if (now < target) now = target;
        }
    }

    /// <summary>
    /// Runs simulated work to completion. Whenever the work has settled (it is waiting on a timer), time jumps to the
    /// earliest pending timer and fires it on this thread, so the work usually runs on to its next wait before the
    /// firing returns and the whole run is deterministic; work that moves to other threads is watched until it stops. <paramref name="onSettled"/> runs at each settled point
    /// first: it stands in for the outside world (e.g. an on-call engineer approving a step).
    /// </summary>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="work">The work, started by this call.</param>
    /// <param name="onSettled">Called when the work waits; returns true if it changed something the work may notice.</param>
    /// <param name="maxFires">A bound on timer firings, so a stuck run cannot spin forever.</param>
    /// <returns>The work's result.</returns>
    /// <exception cref="TimeoutException">The work neither finished nor had a timer left to fire.</exception>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, Func<bool>? onSettled = null, int maxFires = 100_000)
    {
        ArgumentNullException.ThrowIfNull(work);
        var task = Drive(work);
        for (var fired = 0; !task.IsCompleted; fired++)
        {
            // Work that reached its next wait on this thread (it armed a timer, or ended) is settled; only work that
            // moved to another thread needs watching until it stops.
            if (!settledInline)
            {
                await SettleAsync(task).ConfigureAwait(false);
            }

            if (task.IsCompleted) break;
            var changed = onSettled?.Invoke() ?? false;
            if (fired >= maxFires)
            {
                throw new TimeoutException($"the simulated work is stuck at {GetUtcNow():O}: it fired {maxFires} timers without finishing");
            }

            var before = Interlocked.Read(ref foreign);
            var armedBefore = Interlocked.Read(ref armed);
            var context = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(null);
            driverThread = Environment.CurrentManagedThreadId;
            bool any;
            try
            {
                any = FireNext(null);
            }
            finally
            {
                driverThread = -1;
                SynchronizationContext.SetSynchronizationContext(context);
            }

            settledInline = any && Interlocked.Read(ref foreign) == before && (task.IsCompleted || Interlocked.Read(ref armed) != armedBefore);
            if (!any && !changed && !await ProgressesAsync(task).ConfigureAwait(false))
            {
                throw new TimeoutException($"the simulated work is stuck at {GetUtcNow():O}: it waits on nothing the simulated clock can fire");
            }
        }

        return await task.ConfigureAwait(false);
    }

    private Task<T> Drive<T>(Func<Task<T>> work)
    {
        driverThread = Environment.CurrentManagedThreadId;
        var before = Interlocked.Read(ref foreign);
        var armedBefore = Interlocked.Read(ref armed);

        // Without a synchronization context, code that awaits without ConfigureAwait(false) (generated playbooks do)
        // continues inline too, instead of being posted to the caller's context (a UI or test-runner thread).
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            var task = work();
            settledInline = Interlocked.Read(ref foreign) == before && (task.IsCompleted || Interlocked.Read(ref armed) != armedBefore);
            return task;
        }
        finally
        {
            driverThread = -1;
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    // The work runs on the thread pool; "settled" means it stopped arming timers for a few consecutive real
    // milliseconds. Moving time while it is still busy could fire a timeout it was about to beat.
    private async Task SettleAsync(Task task)
    {
        var stable = 0;
        var seen = Interlocked.Read(ref armed);
        // A busy pool elsewhere in the process (parallel tests) must not hold the simulation forever.
        for (var spins = 0; !task.IsCompleted && stable < 3 && spins < 1000; spins++)
        {
            await Task.Delay(1).ConfigureAwait(false);
            var current = Interlocked.Read(ref armed);
            stable = current == seen && ThreadPool.PendingWorkItemCount == 0 ? stable + 1 : 0;
            seen = current;
        }
    }

    // Nothing to fire: the work may still be busy on another thread; give it a few real seconds to finish or arm a
    // timer before calling it stuck.
    private async Task<bool> ProgressesAsync(Task task)
    {
        var seen = Interlocked.Read(ref armed);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (DateTime.UtcNow < deadline)
        {
            if (task.IsCompleted || Interlocked.Read(ref armed) != seen) return true;
            await Task.Delay(5).ConfigureAwait(false);
        }

        return false;
    }

    private bool FireNext(DateTimeOffset? limit)
    {
        SimulatedTimer? next;
        lock (gate)
        {
            next = null;
            foreach (var timer in timers)
            {
                if (timer.Due is { } due && (limit is null || due <= limit) && (next is null || due < next.Due)) next = timer;
            }

            if (next is null) return false;
            if (next.Due > now) now = next.Due!.Value;
            next.Due = next.Period is { } period && period > TimeSpan.Zero ? now + period : null;
        }

        next.Fire();
        return true;
    }

    private sealed class SimulatedTimer(SimulatedClock clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? Due { get; set; }

        public TimeSpan? Period { get; private set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock.gate)
            {
                if (!clock.timers.Contains(this)) clock.timers.Add(this);
                Due = dueTime == Timeout.InfiniteTimeSpan ? null : clock.now + dueTime;
                Period = period == Timeout.InfiniteTimeSpan ? null : period;
            }

            Interlocked.Increment(ref clock.armed);
            if (Environment.CurrentManagedThreadId != clock.driverThread) Interlocked.Increment(ref clock.foreign);
            return true;
        }

        public void Dispose()
        {
            lock (clock.gate)
            {
                clock.timers.Remove(this);
            }

            // Disposing is activity too: the work is still moving.
            Interlocked.Increment(ref clock.armed);
            if (Environment.CurrentManagedThreadId != clock.driverThread) Interlocked.Increment(ref clock.foreign);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
