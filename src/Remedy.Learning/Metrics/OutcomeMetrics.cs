using Remedy.Learning.Statistics;

namespace Remedy.Learning.Metrics;

/// <summary>The outcome metrics of one playbook, or of all of them together.</summary>
/// <param name="Playbook">The playbook, or <see langword="null"/> for the overall figures.</param>
/// <param name="Runs">How many runs were recorded.</param>
/// <param name="SuccessRate">Successful runs with a Wilson interval.</param>
/// <param name="MeanTimeToRecover">The mean time to recover over runs where it is known; <see langword="null"/> if none.</param>
/// <param name="HumanInterventionRate">Runs where a human had to act, with a Wilson interval.</param>
/// <param name="IncidentsTo90PercentAccuracy">
/// Learning efficiency: the first run n (1-based) from which the trailing-window accuracy stays at or above 90%
/// to the end; <see langword="null"/> when it never does or there are fewer runs than the window.
/// </param>
public sealed record OutcomeMetrics(
    string? Playbook,
    int Runs,
    WilsonInterval SuccessRate,
    TimeSpan? MeanTimeToRecover,
    WilsonInterval HumanInterventionRate,
    int? IncidentsTo90PercentAccuracy);
