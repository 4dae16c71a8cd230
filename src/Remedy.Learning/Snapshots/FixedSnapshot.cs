namespace Remedy.Learning.Snapshots;

/// <summary>The (stateless) configuration of a fixed policy.</summary>
/// <param name="Option">The option it always chooses.</param>
public sealed record FixedSnapshot(string Option) : PolicySnapshot;
