using Remedy.Learning.Context;
using Remedy.Learning.Snapshots;

namespace Remedy.Learning.Cases;

/// <summary>
/// The memory of past incidents that case-based reasoning retrieves from and Thompson sampling can be
/// warm-started from. Bounded: beyond <see cref="Capacity"/> the oldest case is forgotten, which also lets the
/// learner follow a world that changes.
/// </summary>
public sealed class CaseBase
{
    private readonly List<IncidentCase> _cases = [];

    // Cases by exact context key, oldest first: when enough identical incidents exist, they are the k nearest and
    // retrieval need not score the whole base (the common case for a recurring alert).
    private readonly Dictionary<string, List<IncidentCase>> _byKey = new(StringComparer.Ordinal);
    private long _nextSequence;

    /// <summary>Creates an empty case base.</summary>
    /// <param name="capacity">The most cases kept; at least 1.</param>
    public CaseBase(int capacity = 10_000)
    {
        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity));
        }

        Capacity = capacity;
    }

    /// <summary>The most cases kept.</summary>
    public int Capacity { get; }

    /// <summary>The number of cases held.</summary>
    public int Count => _cases.Count;

    /// <summary>The cases, oldest first.</summary>
    public IReadOnlyList<IncidentCase> Cases => _cases;

    /// <summary>Restores a case base from a snapshot.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>A case base holding the same cases in the same order.</returns>
    public static CaseBase Restore(CaseBaseSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var caseBase = new CaseBase(snapshot.Capacity);
        foreach (var c in snapshot.Cases)
        {
            caseBase.Add(c);
        }

        caseBase._nextSequence = snapshot.Cases.Count == 0 ? 0 : snapshot.Cases.Max(c => c.Sequence) + 1;
        return caseBase;
    }

    /// <summary>Stores the outcome of an incident (the "retain" step of case-based reasoning).</summary>
    /// <param name="features">The incident's features.</param>
    /// <param name="option">What ran.</param>
    /// <param name="reward">The outcome in [0, 1].</param>
    /// <param name="timeToRecover">How long recovery took, when known.</param>
    /// <returns>The stored case.</returns>
    public IncidentCase Retain(IReadOnlyList<FeatureValue> features, string option, double reward, TimeSpan? timeToRecover = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentException.ThrowIfNullOrWhiteSpace(option);
        var stored = new IncidentCase(features.ToArray(), option, Policies.Rewards.Validate(reward), timeToRecover, _nextSequence++);
        Add(stored);
        if (_cases.Count > Capacity)
        {
            var oldest = _cases[0];
            _cases.RemoveAt(0);
            var sameKey = _byKey[KeyOf(oldest)];
            sameKey.RemoveAt(0);
            if (sameKey.Count == 0)
            {
                _byKey.Remove(KeyOf(oldest));
            }
        }

        return stored;
    }

    /// <summary>
    /// The <paramref name="k"/> cases most similar to <paramref name="context"/> (the "retrieve" step), most
    /// similar first; equally similar cases are ordered newest first, so recent experience wins ties. Cases with
    /// nothing in common (similarity 0) are never returned.
    /// </summary>
    /// <param name="context">The incident to match.</param>
    /// <param name="k">How many cases to return at most.</param>
    /// <param name="minSimilarity">Cases less similar than this are never returned.</param>
    /// <param name="optionFilter">When given, only cases whose option passes are considered (the shield uses this).</param>
    /// <param name="numericScale">See <see cref="FeatureSimilarity.Between"/>.</param>
    /// <returns>The nearest cases.</returns>
    public IReadOnlyList<CaseMatch> Retrieve(
        LearningContext context,
        int k,
        double minSimilarity = 0,
        Func<string, bool>? optionFilter = null,
        double numericScale = 1.0)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (k < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(k));
        }

        // Keep only the best k while scanning: retrieval runs on every decision and the base grows with every incident.
        if (minSimilarity <= 1 && ExactMatches(context.Key, k, optionFilter) is { } exact)
        {
            return exact;
        }

        // Newest first: an older case never displaces an equally similar newer one, so ties cost no insertion.
        var best = new List<CaseMatch>(k + 1);
        for (var n = _cases.Count - 1; n >= 0; n--)
        {
            var c = _cases[n];
            if (optionFilter is not null && !optionFilter(c.Option))
            {
                continue;
            }

            var similarity = FeatureSimilarity.Between(context.Features, c.Features, numericScale);
            if (similarity < minSimilarity || similarity <= 0 || (best.Count == k && Ranks(best[k - 1], similarity, c.Sequence) <= 0))
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && Ranks(best[at - 1], similarity, c.Sequence) > 0)
            {
                at--;
            }

            best.Insert(at, new CaseMatch(c, similarity));
            if (best.Count > k)
            {
                best.RemoveAt(k);
            }
        }

        return best;
    }

    private static string KeyOf(IncidentCase c) => new LearningContext(c.Features).Key;

    private void Add(IncidentCase c)
    {
        _cases.Add(c);
        if (!_byKey.TryGetValue(KeyOf(c), out var sameKey))
        {
            sameKey = [];
            _byKey[KeyOf(c)] = sameKey;
        }

        sameKey.Add(c);
    }

    /// <summary>
    /// The newest k cases with identical features (similarity 1, so nothing can outrank them), or null if there are
    /// fewer. Numbers that differ only beyond double precision of the similarity are near, not identical, here.
    /// </summary>
    private List<CaseMatch>? ExactMatches(string key, int k, Func<string, bool>? optionFilter)
    {
        if (!_byKey.TryGetValue(key, out var sameKey) || sameKey.Count < k)
        {
            return null;
        }

        var matches = new List<CaseMatch>(k);
        for (var n = sameKey.Count - 1; n >= 0 && matches.Count < k; n--)
        {
            if (optionFilter is null || optionFilter(sameKey[n].Option))
            {
                matches.Add(new CaseMatch(sameKey[n], 1));
            }
        }

        return matches.Count == k ? matches : null;
    }

    /// <summary>Positive when a case with this similarity and sequence ranks before <paramref name="match"/>.</summary>
    private static int Ranks(CaseMatch match, double similarity, long sequence)
    {
        var bySimilarity = similarity.CompareTo(match.Similarity);
        return bySimilarity != 0 ? bySimilarity : sequence.CompareTo(match.Case.Sequence);
    }

    /// <summary>Captures the cases as an immutable snapshot.</summary>
    /// <returns>The snapshot.</returns>
    public CaseBaseSnapshot Snapshot() => new(Capacity, _cases.ToArray());
}
