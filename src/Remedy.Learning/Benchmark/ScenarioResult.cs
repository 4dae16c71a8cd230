namespace Remedy.Learning.Benchmark;

/// <summary>Every contender's figures in one scenario.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Contenders">One result per contender, in the order asked for.</param>
/// <param name="References">Per fault class, how much evidence the class demands (from its pre-drift success rates).</param>
public sealed record ScenarioResult(BenchmarkScenario Scenario, IReadOnlyList<ContenderResult> Contenders, IReadOnlyList<ClassReference> References);
