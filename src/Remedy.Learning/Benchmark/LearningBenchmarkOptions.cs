using Remedy.Learning.Promotion;

namespace Remedy.Learning.Benchmark;

/// <summary>How the learning benchmark runs.</summary>
public sealed record LearningBenchmarkOptions
{
    /// <summary>Independent runs per scenario; each shuffles the incident order and redraws every outcome.</summary>
    public int Seeds { get; init; } = 100;

    /// <summary>Added to every seed, so a different family of runs can be drawn.</summary>
    public int BaseSeed { get; init; }

    /// <summary>Incidents of each fault class in one stream.</summary>
    public int IncidentsPerClass { get; init; } = 100;

    /// <summary>Past incidents per non-held-out class in the case base, with remedies a human chose at random.</summary>
    public int HistoryPerClass { get; init; } = 30;

    /// <summary>How long a human takes to recover after a failed remedy escalates.</summary>
    public TimeSpan HumanRecovery { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The scenarios to run.</summary>
    public IReadOnlyList<BenchmarkScenario> Scenarios { get; init; } = BenchmarkScenarios.All;

    /// <summary>The contenders to compare, by name (see <see cref="BenchmarkContenders.Names"/>).</summary>
    public IReadOnlyList<string> Contenders { get; init; } = BenchmarkContenders.Names;

    /// <summary>The progressive-autonomy rule every fault class's playbook is given.</summary>
    public PromotionRule Promotion { get; init; } = new(AutonomyLevel.Supervised, AutonomyLevel.Autonomous, 20, 0.80);

    /// <summary>Consecutive failures of a class that trip its circuit breaker (and demote its playbook).</summary>
    public int BreakerFailures { get; init; } = 3;

    /// <summary>The confidence of every Wilson interval reported.</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>
    /// How far to search for each class's known-rates bound (<see cref="ClassReference.KnownRatesBound"/>); the exact
    /// computation grows steeply with it for 4–5 options, so classes needing more are reported as "&gt; limit".
    /// </summary>
    public int ReferenceLimit { get; init; } = 30;

    /// <summary>
    /// The commit confidence of every Thompson contender except <c>thompson-textbook</c>: the language's default
    /// (<see cref="Policies.ThompsonOptions.CommitConfidence"/>, 0.95) unless a sensitivity run varies it.
    /// </summary>
    public double? CommitConfidence { get; init; } = new Policies.ThompsonOptions().CommitConfidence;

    /// <summary>Worker threads; seeds run in parallel and results do not depend on this.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
