namespace Remedy.Learning.Benchmark;

/// <summary>n90 of one fault class for one contender.</summary>
/// <param name="FaultClass">The class's name.</param>
/// <param name="HeldOut">Whether the class was held out of the case base.</param>
/// <param name="N90">
/// The first 1-based incident index of the class from which the seed-averaged accuracy of choosing the best
/// option stays at or above 0.9 to the end of the stream; <see langword="null"/> when it never does.
/// </param>
public sealed record ClassN90(string FaultClass, bool HeldOut, int? N90);
