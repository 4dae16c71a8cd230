namespace Remedy.Learning.Benchmark;

/// <summary>Every contender's figures in one scenario.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Contenders">One result per contender, in the order asked for.</param>
public sealed record ScenarioResult(BenchmarkScenario Scenario, IReadOnlyList<ContenderResult> Contenders);
