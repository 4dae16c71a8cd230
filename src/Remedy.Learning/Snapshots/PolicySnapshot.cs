using System.Text.Json.Serialization;

namespace Remedy.Learning.Snapshots;

/// <summary>
/// The learned state of one policy, immutable and JSON-serialisable (the <c>policy</c> property tells the
/// kinds apart) so the runtime can keep it in its store and restore it after a restart.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "policy")]
[JsonDerivedType(typeof(ThompsonSnapshot), "thompson")]
[JsonDerivedType(typeof(QLearningSnapshot), "q_learning")]
[JsonDerivedType(typeof(UcbSnapshot), "ucb")]
[JsonDerivedType(typeof(CaseBasedSnapshot), "cases")]
[JsonDerivedType(typeof(FixedSnapshot), "fixed")]
public abstract record PolicySnapshot
{
    /// <summary>The snapshot format version, raised when the shape changes incompatibly.</summary>
    public int FormatVersion { get; init; } = 1;
}
