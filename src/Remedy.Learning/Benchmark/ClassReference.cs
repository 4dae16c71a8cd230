namespace Remedy.Learning.Benchmark;

/// <summary>How much evidence a fault class demands before any policy can pick its best option reliably.</summary>
/// <param name="FaultClass">The class's name.</param>
/// <param name="ExploreThenCommit">
/// Incidents a try-every-option-equally-then-commit design needs to commit to the best option with probability 0.9
/// (<see cref="Statistics.ExploreThenCommit.IncidentsNeeded"/>); null beyond its search limit.
/// </param>
/// <param name="KnownRatesBound">
/// The first incident at which even a policy that knows the class's success rates, but not which option has which,
/// picks the best with probability 0.9 (<see cref="Statistics.KnownRatesBound"/>): a lower bound on the n90 of any
/// policy that treats the options alike. Null when it is beyond <see cref="BoundLimit"/>.
/// </param>
/// <param name="TopTwoOnly">
/// True when the bound was computed for the best and second-best options alone (told which the others are), a
/// cheaper relaxation that is still a lower bound, used where the full computation would take too long.
/// </param>
/// <param name="BoundLimit">The largest incident index searched for the bound.</param>
public sealed record ClassReference(string FaultClass, int? ExploreThenCommit, int? KnownRatesBound, bool TopTwoOnly, int BoundLimit);
