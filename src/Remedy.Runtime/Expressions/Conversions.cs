using Remedy.Runtime.Values;

namespace Remedy.Runtime.Expressions;

/// <summary>
/// Unwraps values where the runtime API wants a CLR value: a duration for <c>wait</c>, a string for a
/// notification, a list of targets for <c>Targets</c>.
/// </summary>
public static class Conversions
{
    /// <summary>A duration value as a <see cref="TimeSpan"/>; a negative duration is zero.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The duration.</returns>
    public static TimeSpan ToDuration(RValue value) =>
        value.TryGetDuration(out var d) ? (d < TimeSpan.Zero ? TimeSpan.Zero : d) : throw new ExpressionException($"expected a duration, got {Text.Describe(value)}");

    /// <summary>Any value as text, the way interpolation shows it.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string ToText(RValue value) => Text.Display(value);

    /// <summary>An int value as a count for <c>batch n</c>; at least 1 so a batch always makes progress.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The count.</returns>
    public static int ToBatchSize(RValue value) =>
        value.TryGetInt(out var n) ? (int)Math.Clamp(n, 1, int.MaxValue) : throw new ExpressionException($"expected an int, got {Text.Describe(value)}");

    /// <summary>An int value as a count (a population size); negative counts are zero.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The count.</returns>
    public static int ToCount(RValue value) =>
        value.TryGetInt(out var n) ? (int)Math.Clamp(n, 0, int.MaxValue) : throw new ExpressionException($"expected an int, got {Text.Describe(value)}");

    /// <summary>A value as a list of targets: a list's elements, or a single value as a list of one.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The targets.</returns>
    public static IReadOnlyList<RValue> ToTargets(RValue value) => value switch
    {
        ListValue l => l.Items,
        NullValue => [],
        _ => [value],
    };

    /// <summary>Splits a list into consecutive groups of at most <paramref name="size"/> elements (<c>batch n</c>).</summary>
    /// <param name="items">The elements.</param>
    /// <param name="size">The group size.</param>
    /// <returns>The groups, in order.</returns>
    public static IReadOnlyList<IReadOnlyList<RValue>> Batches(IReadOnlyList<RValue> items, int size) =>
        items.Chunk(Math.Max(1, size)).Select(chunk => (IReadOnlyList<RValue>)chunk).ToArray();
}
