namespace Remedy.Learning.Benchmark;

/// <summary>A remedy in the simulated world and how it behaves.</summary>
/// <param name="Name">The option's name.</param>
/// <param name="Success">The probability that <c>verify</c> passes after it runs.</param>
/// <param name="Recovery">Its typical time to recover (success) or to fail <c>verify</c> (failure).</param>
/// <param name="Verified">
/// Whether the compiler verified it. Unverified remedies exist in the world and in the incident history (a human
/// once ran them by hand), often with tempting success rates; the shield must keep every policy off them.
/// </param>
public sealed record SimulatedOption(string Name, double Success, TimeSpan Recovery, bool Verified = true);
