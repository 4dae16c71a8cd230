namespace Remedy.Learning.Policies;

/// <summary>ε-greedy choice over scores, and the exact probability of each choice, shared by q_learning and cases.</summary>
internal static class EpsilonGreedy
{
    /// <summary>With probability ε a uniformly random index, otherwise one of the best, uniformly.</summary>
    public static int Choose(IReadOnlyList<double> scores, double epsilon, Random random)
    {
        var greedy = TieBreaking.Best(scores);
        return random.NextDouble() < epsilon
            ? random.Next(scores.Count)
            : greedy[greedy.Count == 1 ? 0 : random.Next(greedy.Count)];
    }

    /// <summary>ε/k, plus (1 − ε)/|best| when <paramref name="index"/> is among the best.</summary>
    public static double Probability(IReadOnlyList<double> scores, double epsilon, int index)
    {
        var greedy = TieBreaking.Best(scores);
        return (epsilon / scores.Count) + (greedy.Contains(index) ? (1 - epsilon) / greedy.Count : 0);
    }
}
