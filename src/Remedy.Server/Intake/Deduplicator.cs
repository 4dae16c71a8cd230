namespace Remedy.Server.Intake;

/// <summary>
/// Remembers which alerts (fingerprint and status) were accepted within the window, so a storm of one alert
/// starts one piece of work and costs one journal write. A claim can be released when the alert could not be
/// journaled after all. Also used for the per-incident cooldown of runs.
/// </summary>
public sealed class Deduplicator
{
    private readonly Dictionary<string, DedupEntry> seen = new(StringComparer.Ordinal);
    private readonly TimeSpan window;
    private DateTimeOffset nextPrune = DateTimeOffset.MinValue;

    /// <summary>Creates the deduplicator.</summary>
    /// <param name="window">How long an accepted key makes the same key a duplicate.</param>
    public Deduplicator(TimeSpan window) => this.window = window;

    /// <summary>Claims a key: true when it is new (or its window passed), false for a duplicate.</summary>
    /// <param name="key">The key.</param>
    /// <param name="candidate">The entry to record when the key is new.</param>
    /// <param name="existing">On a claim, what the key held before (for <see cref="Release"/>); on a duplicate, the live entry.</param>
    /// <returns>True when the key is claimed as new.</returns>
    public bool TryClaim(string key, DedupEntry candidate, out DedupEntry? existing)
    {
        lock (seen)
        {
            Prune(candidate.At);
            if (seen.TryGetValue(key, out existing) && candidate.At - existing.At < window) return false;
            seen[key] = candidate;
            return true;
        }
    }

    /// <summary>Undoes a claim whose alert was not journaled.</summary>
    /// <param name="key">The key.</param>
    /// <param name="previous">What <see cref="TryClaim"/> reported.</param>
    public void Release(string key, DedupEntry? previous)
    {
        lock (seen)
        {
            if (previous is not null) seen[key] = previous;
            else seen.Remove(key);
        }
    }

    /// <summary>Restores a claim from the journal at start.</summary>
    /// <param name="key">The key.</param>
    /// <param name="at">When it was accepted.</param>
    /// <param name="id">The journal id.</param>
    public void Remember(string key, DateTimeOffset at, string id)
    {
        lock (seen)
        {
            if (!seen.TryGetValue(key, out var known) || known.At < at) seen[key] = new DedupEntry(at, id, Task.CompletedTask);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        // Amortized: memory stays bounded by the keys of one window without scanning on every request.
        if (now < nextPrune) return;
        nextPrune = now + window;
        foreach (var key in seen.Where(p => now - p.Value.At >= window).Select(p => p.Key).ToList())
        {
            seen.Remove(key);
        }
    }
}
