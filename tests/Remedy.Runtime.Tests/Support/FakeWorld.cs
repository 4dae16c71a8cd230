using System.Collections.Concurrent;

namespace Remedy.Runtime.Tests.Support;

/// <summary>
/// The "world" fake providers act on: a value per target, an ordered log of what happened, and switches that
/// make a provider fail, hang or throw for a given target.
/// </summary>
public sealed class FakeWorld
{
    private readonly object gate = new();
    private readonly List<string> log = [];

    public ConcurrentDictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> CallsPerKey { get; } = new(StringComparer.Ordinal);

    public HashSet<string> FailOn { get; } = new(StringComparer.Ordinal);

    public HashSet<string> HangOn { get; } = new(StringComparer.Ordinal);

    public HashSet<string> ThrowOn { get; } = new(StringComparer.Ordinal);

    public HashSet<string> FailUndoOn { get; } = new(StringComparer.Ordinal);

    /// <summary>Fails the next N calls of the action, whatever the target (for retry tests).</summary>
    public int FailNextCalls { get; set; }

    /// <summary>Completes when a call hangs, so a test knows when to advance the clock.</summary>
    public TaskCompletionSource Hung { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>What a hanging call waits for; never completed unless a test releases it.</summary>
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Called inside the action just before it changes anything (to inspect the journal at that moment).</summary>
    public Action<string, string?>? OnAct { get; set; }

    public IReadOnlyList<string> Log
    {
        get
        {
            lock (gate)
            {
                return log.ToArray();
            }
        }
    }

    public void Record(string entry)
    {
        lock (gate)
        {
            log.Add(entry);
        }
    }

    public string Get(string target) => Values.TryGetValue(target, out var v) ? v : string.Empty;
}
