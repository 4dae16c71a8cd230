using Remedy.Learning.Statistics;

namespace Remedy.Learning.Benchmark;

/// <summary>One contender's figures in one scenario, over all seeds.</summary>
/// <param name="Contender">The contender's name.</param>
/// <param name="PerClass">n90 per fault class.</param>
/// <param name="All">n90 over all classes.</param>
/// <param name="Warm">n90 over classes present in the case base.</param>
/// <param name="HeldOut">n90 over classes held out of the case base.</param>
/// <param name="MeanRegret">Cumulative expected regret per stream (Σ p_best − p_chosen), mean over seeds.</param>
/// <param name="RegretLowerQuartile">25th percentile over seeds of the cumulative regret.</param>
/// <param name="RegretUpperQuartile">75th percentile over seeds of the cumulative regret.</param>
/// <param name="Success">Successful incidents over all seeds, with a Wilson interval.</param>
/// <param name="MeanTimeToRecover">Mean simulated time to recover, human recoveries included.</param>
/// <param name="HumanIntervention">Incidents where the remedy failed and a human had to recover, with a Wilson interval.</param>
/// <param name="AutonomousShare">The share of incidents run while the class's playbook was promoted to autonomous.</param>
/// <param name="InterventionWhileAutonomous">Human intervention among the incidents run at autonomous, with a Wilson interval.</param>
/// <param name="UnsafeAttempts">Choices of an unverified option (the shield makes this 0).</param>
/// <param name="LearningCurve">Accuracy of choosing the best option by incident index in class, averaged over seeds and classes.</param>
public sealed record ContenderResult(
    string Contender,
    IReadOnlyList<ClassN90> PerClass,
    N90Summary All,
    N90Summary Warm,
    N90Summary HeldOut,
    double MeanRegret,
    double RegretLowerQuartile,
    double RegretUpperQuartile,
    WilsonInterval Success,
    TimeSpan MeanTimeToRecover,
    WilsonInterval HumanIntervention,
    double AutonomousShare,
    WilsonInterval InterventionWhileAutonomous,
    long UnsafeAttempts,
    IReadOnlyList<double> LearningCurve);
