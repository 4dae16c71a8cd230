namespace Remedy.Learning.Benchmark;

/// <summary>The whole benchmark's results.</summary>
/// <param name="Options">How it ran.</param>
/// <param name="Scenarios">One result per scenario.</param>
/// <param name="Elapsed">Wall-clock time taken (not part of the results proper; it varies by machine).</param>
public sealed record LearningBenchmarkResults(LearningBenchmarkOptions Options, IReadOnlyList<ScenarioResult> Scenarios, TimeSpan Elapsed);
