using Remedy.Learning.Cases;
using Remedy.Learning.Snapshots;

namespace Remedy.Learning.Policies;

/// <summary>Creates policies from their language names and restores them from snapshots.</summary>
public static class PolicyFactory
{
    /// <summary>The policy names the language accepts.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["thompson", "q_learning", "ucb", "cases", "fixed"];

    /// <summary>Creates a policy with no experience.</summary>
    /// <param name="spec">The policy and its parameters.</param>
    /// <param name="random">The only source of randomness.</param>
    /// <param name="cases">
    /// The case base: the starting memory of <c>cases</c>, and the warm-start source of <c>thompson</c> when its
    /// options ask for warm start.
    /// </param>
    /// <returns>The policy.</returns>
    public static ILearningPolicy Create(PolicySpec spec, Random random, CaseBase? cases = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Kind switch
        {
            "thompson" => new ThompsonPolicy(spec.Thompson ?? new ThompsonOptions(), random, cases),
            "q_learning" => new QLearningPolicy(spec.QLearning ?? new QLearningOptions(), random),
            "ucb" => new UcbPolicy(spec.Ucb ?? new UcbOptions(), random),
            "cases" => new CaseBasedPolicy(spec.Cases ?? new CaseBasedOptions(), random, cases),
            "fixed" => new FixedPolicy(spec.FixedOption ?? throw new ArgumentException("fixed needs an option.", nameof(spec))),
            _ => throw new ArgumentException($"Unknown policy '{spec.Kind}'; expected one of {string.Join(", ", Kinds)}.", nameof(spec)),
        };
    }

    /// <summary>Restores a policy from a snapshot; with the same <paramref name="random"/> seed it behaves as the original would.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="random">The only source of randomness.</param>
    /// <param name="warmStartCases">Thompson's warm-start case base for contexts not in the snapshot.</param>
    /// <returns>The policy.</returns>
    public static ILearningPolicy Restore(PolicySnapshot snapshot, Random random, CaseBase? warmStartCases = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot switch
        {
            ThompsonSnapshot s => ThompsonPolicy.Restore(s, random, warmStartCases),
            QLearningSnapshot s => QLearningPolicy.Restore(s, random),
            UcbSnapshot s => UcbPolicy.Restore(s, random),
            CaseBasedSnapshot s => CaseBasedPolicy.Restore(s, random),
            FixedSnapshot s => new FixedPolicy(s.Option),
            _ => throw new ArgumentException($"Unknown snapshot type {snapshot.GetType().Name}.", nameof(snapshot)),
        };
    }
}
