using Remedy.Learning.Policies;

namespace Remedy.Learning.Snapshots;

/// <summary>The state of a case-based reasoning policy: its parameters and its cases.</summary>
/// <param name="Options">Its parameters.</param>
/// <param name="Cases">Its case base.</param>
public sealed record CaseBasedSnapshot(CaseBasedOptions Options, CaseBaseSnapshot Cases) : PolicySnapshot;
