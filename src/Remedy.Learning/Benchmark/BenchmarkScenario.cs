namespace Remedy.Learning.Benchmark;

/// <summary>A simulated incident stream: its fault classes and whether the world changes mid-stream.</summary>
/// <param name="Name">The scenario's name (<c>easy</c>, <c>hard</c>, <c>drift</c>).</param>
/// <param name="Description">One line on what it tests.</param>
/// <param name="Classes">The fault classes.</param>
/// <param name="DriftAt">
/// The fraction of the stream after which every class switches to <see cref="FaultClass.SuccessAfterDrift"/>;
/// <see langword="null"/> when the world is stationary.
/// </param>
public sealed record BenchmarkScenario(string Name, string Description, IReadOnlyList<FaultClass> Classes, double? DriftAt = null);
