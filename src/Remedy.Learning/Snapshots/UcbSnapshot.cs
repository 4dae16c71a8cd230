using Remedy.Learning.Policies;

namespace Remedy.Learning.Snapshots;

/// <summary>The state of a UCB1 policy.</summary>
/// <param name="Options">Its parameters.</param>
/// <param name="Arms">Every arm's counts, ordered by context key then option.</param>
public sealed record UcbSnapshot(UcbOptions Options, IReadOnlyList<ArmCountState> Arms) : PolicySnapshot;
