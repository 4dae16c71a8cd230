namespace Remedy.Learning.Metrics;

/// <summary>Metrics over all records and per playbook (ordered by name).</summary>
/// <param name="Overall">All records together, in their order.</param>
/// <param name="PerPlaybook">One entry per playbook.</param>
public sealed record OutcomeReport(OutcomeMetrics Overall, IReadOnlyList<OutcomeMetrics> PerPlaybook);
