namespace Remedy.Runtime.Simulation;

/// <summary>A simulated verification result.</summary>
/// <param name="Holds">Whether the verification passes.</param>
/// <param name="TimeToRecover">
/// When it holds, how long after the verification starts the service is back (simulated time passes by this
/// much); when it fails, ignored: the whole verify window passes.
/// </param>
/// <param name="Reason">Why, for the journal (e.g. which outcome line decided it).</param>
public sealed record VerifyVerdict(bool Holds, TimeSpan TimeToRecover, string Reason);
