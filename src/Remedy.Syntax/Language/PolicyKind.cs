namespace Remedy.Syntax.Language;

/// <summary>How a <c>choose</c> picks among its options.</summary>
public enum PolicyKind
{
    /// <summary>thompson: Beta-Bernoulli Thompson sampling.</summary>
    Thompson,
    /// <summary>q_learning: tabular ε-greedy Q-learning.</summary>
    QLearning,
    /// <summary>ucb: upper confidence bound.</summary>
    Ucb,
    /// <summary>cases: case-based reasoning over past incidents.</summary>
    Cases,
    /// <summary>fixed: always the named option.</summary>
    Fixed,
}
