namespace Remedy.Runtime.Manifest;

/// <summary><c>promote to autonomous after 20 runs when success_rate &gt;= 95%</c>.</summary>
/// <param name="To">The level the playbook may be promoted to.</param>
/// <param name="AfterRuns">The number of recorded runs needed before promotion is considered.</param>
/// <param name="MinSuccessRate">The success rate (0..1) that the Wilson lower bound must reach.</param>
public sealed record PromotionRule(AutonomyLevel To, int AfterRuns, double MinSuccessRate);
