using System.Globalization;
using System.Text.Json.Serialization;

namespace Remedy.Learning.Context;

/// <summary>
/// One element of a context's feature vector: either a text (a service name, a severity) or a number.
/// </summary>
/// <remarks>
/// A closed two-case value rather than <see cref="object"/> so that snapshots stay plain JSON and
/// the similarity and key functions never meet a type they cannot handle.
/// </remarks>
public sealed record FeatureValue
{
    /// <summary>Creates a feature; exactly one of <paramref name="text"/> and <paramref name="number"/> must be given.</summary>
    /// <param name="text">The text value, or <see langword="null"/> for a numeric feature.</param>
    /// <param name="number">The numeric value, or <see langword="null"/> for a text feature.</param>
    [JsonConstructor]
    public FeatureValue(string? text, double? number)
    {
        if ((text is null) == (number is null))
        {
            throw new ArgumentException("A feature is either a text or a number, not both or neither.");
        }

        if (number is { } n && !double.IsFinite(n))
        {
            throw new ArgumentOutOfRangeException(nameof(number), "A numeric feature must be finite.");
        }

        Text = text;

        // -0 and 0 are the same feature; adding 0 folds them so that they also share a context key.
        Number = number + 0.0;
    }

    /// <summary>The text value, when this is a text feature.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; }

    /// <summary>The numeric value, when this is a numeric feature.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Number { get; }

    /// <summary>Creates a text feature.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The feature.</returns>
    public static FeatureValue Of(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null);

    /// <summary>Creates a numeric feature.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The feature.</returns>
    public static FeatureValue Of(double number) => new(null, number);

    /// <summary>Converts a text to a text feature.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator FeatureValue(string text) => Of(text);

    /// <summary>Converts a number to a numeric feature.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator FeatureValue(double number) => Of(number);

    /// <summary>
    /// A canonical, unambiguous rendering used in context keys: <c>s:</c> or <c>n:</c> then the value,
    /// with <c>\</c> and <c>|</c> escaped so that joined keys cannot collide.
    /// </summary>
    /// <returns>The canonical text.</returns>
    public string ToCanonical() => Text is { } t
        ? "s:" + t.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
        : "n:" + Number!.Value.ToString("R", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => Text ?? Number!.Value.ToString(CultureInfo.InvariantCulture);
}
