using Remedy.Learning.Context;

namespace Remedy.Learning.Cases;

/// <summary>
/// Similarity of two feature vectors: the mean over positions of a per-feature similarity. Texts match
/// exactly or not at all (service names have no useful distance); numbers score 1 / (1 + |a − b| / scale).
/// </summary>
public static class FeatureSimilarity
{
    /// <summary>The similarity of two feature vectors, in [0, 1].</summary>
    /// <param name="a">One vector.</param>
    /// <param name="b">The other vector.</param>
    /// <param name="numericScale">The distance at which two numbers count as half similar.</param>
    /// <returns>1 for identical vectors, 0 when nothing matches; positions only one side has count as 0.</returns>
    public static double Between(IReadOnlyList<FeatureValue> a, IReadOnlyList<FeatureValue> b, double numericScale = 1.0)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!(numericScale > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(numericScale));
        }

        var length = Math.Max(a.Count, b.Count);
        if (length == 0)
        {
            return 1;
        }

        var total = 0.0;
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            total += Of(a[i], b[i], numericScale);
        }

        return total / length;
    }

    private static double Of(FeatureValue x, FeatureValue y, double scale)
    {
        if (x.Text is { } s)
        {
            return y.Text is { } t && string.Equals(s, t, StringComparison.Ordinal) ? 1 : 0;
        }

        return y.Number is { } n ? 1 / (1 + (Math.Abs(x.Number!.Value - n) / scale)) : 0;
    }
}
