using Remedy.Learning.Policies;

namespace Remedy.Learning.Snapshots;

/// <summary>The state of a Thompson sampling policy.</summary>
/// <param name="Options">Its parameters.</param>
/// <param name="Arms">Every arm's posterior, ordered by context key then option.</param>
public sealed record ThompsonSnapshot(ThompsonOptions Options, IReadOnlyList<BetaArmState> Arms) : PolicySnapshot;
