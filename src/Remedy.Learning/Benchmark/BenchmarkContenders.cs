using Remedy.Learning.Cases;
using Remedy.Learning.Policies;

namespace Remedy.Learning.Benchmark;

/// <summary>
/// The policies and baselines the benchmark compares, with default parameters (only thompson-textbook and
/// thompson-discounted set one).
/// </summary>
public static class BenchmarkContenders
{
    /// <summary>Uniformly random verified option.</summary>
    public const string RandomBaseline = "random";

    /// <summary>Always the first verified option in runbook order (<c>fixed</c> on the runbook's first step).</summary>
    public const string Runbook = "runbook";

    /// <summary>Tabular ε-greedy Q-learning, cold.</summary>
    public const string QLearning = "q_learning";

    /// <summary>Textbook Beta-Bernoulli Thompson sampling, cold (uniform priors), never committing.</summary>
    public const string ThompsonTextbook = "thompson-textbook";

    /// <summary>The language's <c>thompson</c> with its defaults, cold: samples until 95% sure of the best, then commits.</summary>
    public const string Thompson = "thompson";

    /// <summary>The language's <c>thompson</c>, cold, with top-two sampling (challenger share 0.5) before it commits.</summary>
    public const string TopTwoThompson = "thompson-top-two";

    /// <summary>UCB1, cold.</summary>
    public const string Ucb = "ucb";

    /// <summary>Case-based reasoning over the history, retaining every new case.</summary>
    public const string Cases = "cases";

    /// <summary>The language's <c>thompson</c> warm-started from every similar case of the history (capped pseudo-counts).</summary>
    public const string WarmThompson = "thompson+cases";

    /// <summary>Thompson sampling that forgets: discount 0.98 per update of a context (about 50 outcomes of memory).</summary>
    public const string DiscountedThompson = "thompson-discounted";

    /// <summary>Always the truly best verified option (knows the simulation; an upper bound, not a policy).</summary>
    public const string Oracle = "oracle";

    /// <summary>Every contender, in report order.</summary>
    public static IReadOnlyList<string> Names { get; } = [RandomBaseline, Runbook, QLearning, ThompsonTextbook, Thompson, TopTwoThompson, Ucb, Cases, WarmThompson, DiscountedThompson, Oracle];

    /// <summary>Creates a contender's learner for one run; every Thompson contender but the textbook one commits at <paramref name="commitConfidence"/>.</summary>
    internal static IContender Create(string name, System.Random random, CaseBase history, double? commitConfidence) => name switch
    {
        RandomBaseline => new RandomContender(random),
        Runbook => new RunbookContender(),
        QLearning => new PolicyContender(new QLearningPolicy(new QLearningOptions(), random)),
        ThompsonTextbook => new PolicyContender(new ThompsonPolicy(new ThompsonOptions { CommitConfidence = null }, random)),
        Thompson => new PolicyContender(new ThompsonPolicy(new ThompsonOptions { CommitConfidence = commitConfidence }, random)),
        TopTwoThompson => new PolicyContender(new ThompsonPolicy(new ThompsonOptions { ChallengerShare = 0.5, CommitConfidence = commitConfidence }, random)),
        Ucb => new PolicyContender(new UcbPolicy(new UcbOptions(), random)),
        Cases => new PolicyContender(new CaseBasedPolicy(new CaseBasedOptions(), random, history)),
        WarmThompson => new PolicyContender(new ThompsonPolicy(new ThompsonOptions { WarmStart = new WarmStartOptions(), CommitConfidence = commitConfidence }, random, history)),
        DiscountedThompson => new PolicyContender(new ThompsonPolicy(new ThompsonOptions { Discount = 0.98, CommitConfidence = commitConfidence }, random)),
        Oracle => new OracleContender(),
        _ => throw new ArgumentException($"Unknown contender '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name)),
    };
}
