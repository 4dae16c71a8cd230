namespace Remedy.Learning.Context;

/// <summary>
/// The features of one incident as the playbook's <c>features [...]</c> clause evaluated them,
/// e.g. <c>["checkout", "critical"]</c>.
/// </summary>
public sealed class LearningContext
{
    /// <summary>Creates a context from its features, in declaration order.</summary>
    /// <param name="features">The feature vector; may be empty (then all incidents share one key).</param>
    public LearningContext(IReadOnlyList<FeatureValue> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Features = features.ToArray();
        Key = string.Join("|", Features.Select(f => f.ToCanonical()));
    }

    /// <summary>The feature vector.</summary>
    public IReadOnlyList<FeatureValue> Features { get; }

    /// <summary>
    /// The exact-match key tabular policies (thompson, q_learning, ucb) learn under. Numbers are part of
    /// the key exactly, so continuous values should be bucketed by the playbook before they become features.
    /// </summary>
    public string Key { get; }

    /// <summary>Creates a context from features given inline.</summary>
    /// <param name="features">The features.</param>
    /// <returns>The context.</returns>
    public static LearningContext Of(params FeatureValue[] features) => new(features);

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", Features) + "]";
}
