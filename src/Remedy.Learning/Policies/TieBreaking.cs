namespace Remedy.Learning.Policies;

/// <summary>Argmax with uniformly random tie-breaking, so no option is favoured by its declaration order.</summary>
internal static class TieBreaking
{
    /// <summary>Indices whose score equals the maximum.</summary>
    public static List<int> Best(IReadOnlyList<double> scores)
    {
        var max = scores.Max();
        var best = new List<int>();
        for (var i = 0; i < scores.Count; i++)
        {
            if (scores[i] == max)
            {
                best.Add(i);
            }
        }

        return best;
    }

    /// <summary>One of the best indices, drawn uniformly, and how many there were.</summary>
    public static (int Index, int Ties) PickBest(IReadOnlyList<double> scores, Random random)
    {
        var best = Best(scores);
        var index = best.Count == 1 ? best[0] : best[random.Next(best.Count)];
        return (index, best.Count);
    }
}
