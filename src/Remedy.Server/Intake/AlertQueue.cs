using System.Threading.Channels;

namespace Remedy.Server.Intake;

/// <summary>
/// The bounded queue between intake and the workers. Room is reserved before an alert is journaled, so an alert
/// that was acknowledged always fits: a full queue turns new alerts away (429) instead of dropping journaled ones.
/// </summary>
public sealed class AlertQueue
{
    private readonly Channel<AcceptedAlert> channel = Channel.CreateUnbounded<AcceptedAlert>(new UnboundedChannelOptions { SingleReader = true });
    private int reserved;

    /// <summary>Creates the queue.</summary>
    /// <param name="capacity">The most alerts waiting at once.</param>
    public AlertQueue(int capacity) => Capacity = Math.Max(1, capacity);

    /// <summary>The most alerts waiting at once.</summary>
    public int Capacity { get; }

    /// <summary>Alerts waiting or reserved.</summary>
    public int Depth => Volatile.Read(ref reserved);

    /// <summary>True when no room is left.</summary>
    public bool IsFull => Depth >= Capacity;

    /// <summary>Reserves room for <paramref name="count"/> alerts, all or nothing.</summary>
    /// <param name="count">How many.</param>
    /// <returns>False when the queue is too full.</returns>
    public bool TryReserve(int count)
    {
        if (count == 0) return true;
        while (true)
        {
            var now = Volatile.Read(ref reserved);
            if (now + count > Capacity) return false;
            if (Interlocked.CompareExchange(ref reserved, now + count, now) == now) return true;
        }
    }

    /// <summary>Reserves room regardless of capacity: for journaled alerts found at start, which must never be dropped.</summary>
    /// <param name="count">How many.</param>
    public void ForceReserve(int count) => Interlocked.Add(ref reserved, count);

    /// <summary>Gives back a reservation that was not used.</summary>
    /// <param name="count">How many.</param>
    public void Release(int count) => Interlocked.Add(ref reserved, -count);

    /// <summary>Queues an alert whose room was reserved.</summary>
    /// <param name="alert">The alert.</param>
    public void Enqueue(AcceptedAlert alert) => channel.Writer.TryWrite(alert);

    /// <summary>Takes the next alert, waiting for one.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The alert; its room is freed.</returns>
    public async ValueTask<AcceptedAlert> DequeueAsync(CancellationToken cancellationToken)
    {
        var alert = await channel.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        Interlocked.Decrement(ref reserved);
        return alert;
    }
}
