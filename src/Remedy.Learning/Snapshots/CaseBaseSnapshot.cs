using Remedy.Learning.Cases;

namespace Remedy.Learning.Snapshots;

/// <summary>The contents of a case base.</summary>
/// <param name="Capacity">The most cases kept.</param>
/// <param name="Cases">The cases, oldest first.</param>
public sealed record CaseBaseSnapshot(int Capacity, IReadOnlyList<IncidentCase> Cases);
