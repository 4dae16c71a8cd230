namespace Remedy.Server.Intake;

/// <summary>
/// Remembers which alerts (fingerprint and status) were accepted within the window, so a storm of one alert
/// starts one piece of work. A claim can be released when the alert could not be journaled after all.
/// </summary>
public sealed class Deduplicator
{
    private readonly Dictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly TimeSpan window;
    private DateTimeOffset nextPrune = DateTimeOffset.MinValue;

    /// <summary>Creates the deduplicator.</summary>
    /// <param name="window">How long an accepted alert makes the same alert a duplicate.</param>
    public Deduplicator(TimeSpan window) => this.window = window;

    /// <summary>How many keys are remembered.</summary>
    public int Count
    {
        get
        {
            lock (seen) return seen.Count;
        }
    }

    /// <summary>Claims a key: true when it is new (or its window passed), false for a duplicate.</summary>
    /// <param name="key">The key.</param>
    /// <param name="now">Now.</param>
    /// <param name="previous">What the key held before a successful claim (for <see cref="Release"/>).</param>
    /// <returns>True when the alert is accepted as new.</returns>
    public bool TryClaim(string key, DateTimeOffset now, out DateTimeOffset? previous)
    {
        lock (seen)
        {
            Prune(now);
            if (seen.TryGetValue(key, out var at))
            {
                previous = at;
                if (now - at < window) return false;
            }
            else
            {
                previous = null;
            }

            seen[key] = now;
            return true;
        }
    }

    /// <summary>Undoes a claim whose alert was not journaled.</summary>
    /// <param name="key">The key.</param>
    /// <param name="previous">What <see cref="TryClaim"/> reported.</param>
    public void Release(string key, DateTimeOffset? previous)
    {
        lock (seen)
        {
            if (previous is { } at) seen[key] = at;
            else seen.Remove(key);
        }
    }

    /// <summary>Restores a claim from the journal at start.</summary>
    /// <param name="key">The key.</param>
    /// <param name="at">When the alert was accepted.</param>
    public void Remember(string key, DateTimeOffset at)
    {
        lock (seen)
        {
            if (!seen.TryGetValue(key, out var known) || known < at) seen[key] = at;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        // Amortized: memory stays bounded by the alerts of one window without scanning on every request.
        if (now < nextPrune) return;
        nextPrune = now + window;
        foreach (var key in seen.Where(p => now - p.Value >= window).Select(p => p.Key).ToList())
        {
            seen.Remove(key);
        }
    }
}
