namespace Remedy.Runtime.Tests.Support;

/// <summary>Waits (in real time, briefly) for something another task does, e.g. a run reaching its approval gate.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"timed out waiting for {what}");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>Polls <paramref name="probe"/> until it returns a value, for state a real server reaches on its own time.</summary>
    public static async Task<T> Until<T>(Func<Task<T?>> probe, TimeSpan limit)
        where T : class
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"nothing came within {limit}");
            }

            await Task.Delay(25);
        }
    }
}
