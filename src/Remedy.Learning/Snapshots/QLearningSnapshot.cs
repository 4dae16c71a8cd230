using Remedy.Learning.Policies;

namespace Remedy.Learning.Snapshots;

/// <summary>The state of a Q-learning policy.</summary>
/// <param name="Options">Its parameters.</param>
/// <param name="Values">Every learned value, ordered by context key then option.</param>
public sealed record QLearningSnapshot(QLearningOptions Options, IReadOnlyList<QValueState> Values) : PolicySnapshot;
