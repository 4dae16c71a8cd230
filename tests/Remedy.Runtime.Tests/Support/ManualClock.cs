namespace Remedy.Runtime.Tests.Support;

/// <summary>A clock that moves only when a test advances it; timers fire during Advance, so nothing sleeps.</summary>
public sealed class ManualClock : TimeProvider
{
    private readonly object gate = new();
    private readonly List<Timer> timers = [];
    private DateTimeOffset now;
    private int armedCount;

    public ManualClock(DateTimeOffset? start = null) => now = start ?? new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (gate)
        {
            target = now + by;
        }

        // Fire timers in due order, moving the clock to each due time, so callbacks see a consistent now.
        while (true)
        {
            Timer? next;
            lock (gate)
            {
                next = timers.Where(t => t.Due is { } due && due <= target).OrderBy(t => t.Due).FirstOrDefault();
                if (next is null)
                {
                    now = target;
                    return;
                }

                if (next.Due > now)
                {
                    now = next.Due!.Value;
                }

                next.Due = next.Period is { } period && period > TimeSpan.Zero ? now + period : null;
            }

            next.Fire();
        }
    }

    /// <summary>
    /// Advances in steps until the task completes. Stepping (rather than one jump) is robust against the code
    /// under test creating its next timer only after a step: the following step fires it.
    /// </summary>
    public async Task<T> AdvanceUntilAsync<T>(Task<T> task, TimeSpan step, int maxSteps = 5000)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            var armed = Volatile.Read(ref armedCount);
            Advance(step);

            // Let the code under test react and arm its next timer before moving time again (lock-step), so
            // how many times a loop runs does not depend on thread scheduling.
            var settle = DateTime.UtcNow.AddMilliseconds(200);
            while (!task.IsCompleted && Volatile.Read(ref armedCount) == armed && DateTime.UtcNow < settle)
            {
                await Task.Delay(1);
            }
        }

        return await task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private sealed class Timer : ITimer
    {
        private readonly ManualClock clock;
        private readonly TimerCallback callback;
        private readonly object? state;

        public Timer(ManualClock clock, TimerCallback callback, object? state)
        {
            this.clock = clock;
            this.callback = callback;
            this.state = state;
        }

        public DateTimeOffset? Due { get; set; }

        public TimeSpan? Period { get; private set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock.gate)
            {
                if (!clock.timers.Contains(this))
                {
                    clock.timers.Add(this);
                }

                Due = dueTime == Timeout.InfiniteTimeSpan ? null : clock.now + dueTime;
                if (Due is not null)
                {
                    Interlocked.Increment(ref clock.armedCount);
                }

                Period = period == Timeout.InfiniteTimeSpan ? null : period;
            }

            return true;
        }

        public void Dispose()
        {
            lock (clock.gate)
            {
                clock.timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
