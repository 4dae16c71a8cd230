namespace Remedy.Learning.Benchmark;

/// <summary>Case-warmed Thompson on the easy scenario with a given amount of history.</summary>
/// <param name="HistoryPerClass">Past incidents per non-held-out class in the case base.</param>
/// <param name="Result">The contender's figures with that history.</param>
public sealed record HistorySensitivityRow(int HistoryPerClass, ContenderResult Result);
