namespace Remedy.Syntax.Diagnostics;

/// <summary>Finds the closest known name to a misspelt one, for "did you mean" hints.</summary>
public static class NameSuggestions
{
    /// <summary>
    /// Returns the candidate nearest to <paramref name="name"/> by edit distance, or null when
    /// none is close enough to be a plausible typo (at most a third of the name's length).
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(1, name.Length / 3);
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - name.Length) > limit) continue;
            var distance = Distance(name, candidate);
            if (distance < bestDistance && distance <= limit)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Formats a suggestion as the tail of a message: <c> (did you mean 'x'?)</c>, or nothing.</summary>
    public static string Hint(string name, IEnumerable<string> candidates) =>
        Closest(name, candidates) is { } match ? $" (did you mean '{match}'?)" : "";

    /// <summary>The Damerau–Levenshtein (optimal string alignment) distance, case-insensitive.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
