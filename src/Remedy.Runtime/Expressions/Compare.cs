using Remedy.Runtime.Values;

namespace Remedy.Runtime.Expressions;

/// <summary>
/// The comparison operators. Ints and numbers compare as numbers (<c>3 == 3.0</c>), durations with durations,
/// strings ordinally; other values are equal only when they are the same value.
/// </summary>
public static class Compare
{
    /// <summary><c>a == b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>A bool value.</returns>
    public static RValue Eq(RValue left, RValue right) => AreEqual(left, right);

    /// <summary><c>a != b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>A bool value.</returns>
    public static RValue Ne(RValue left, RValue right) => !AreEqual(left, right);

    /// <summary><c>a &lt; b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>A bool value; false when either side is null.</returns>
    public static RValue Lt(RValue left, RValue right) => Order(left, right, "<") is { } c && c < 0;

    /// <summary><c>a &lt;= b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>A bool value; false when either side is null.</returns>
    public static RValue Le(RValue left, RValue right) => Order(left, right, "<=") is { } c && c <= 0;

    /// <summary><c>a &gt; b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>A bool value; false when either side is null.</returns>
    public static RValue Gt(RValue left, RValue right) => Order(left, right, ">") is { } c && c > 0;

    /// <summary><c>a &gt;= b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>A bool value; false when either side is null.</returns>
    public static RValue Ge(RValue left, RValue right) => Order(left, right, ">=") is { } c && c >= 0;

    /// <summary>Value equality with ints and numbers compared as numbers.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool AreEqual(RValue left, RValue right) =>
        left.TryGetNumber(out var a) && right.TryGetNumber(out var b) ? a.Equals(b) : left.Equals(right);

    /// <summary>
    /// The order of two values: negative, zero or positive; null when either is null (a missing field orders with
    /// nothing, so every comparison with it is false).
    /// </summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <param name="op">The operator, for the error message.</param>
    /// <returns>The order, or null.</returns>
    public static int? Order(RValue left, RValue right, string op)
    {
        if (left is NullValue || right is NullValue)
        {
            return null;
        }

        if (left.TryGetNumber(out var a) && right.TryGetNumber(out var b))
        {
            return a.CompareTo(b);
        }

        return (left, right) switch
        {
            (DurationValue x, DurationValue y) => x.Value.CompareTo(y.Value),
            (StringValue x, StringValue y) => string.CompareOrdinal(x.Value, y.Value),
            (BoolValue x, BoolValue y) => x.Value.CompareTo(y.Value),
            _ => throw new ExpressionException($"operator '{op}' cannot compare {Text.Describe(left)} with {Text.Describe(right)}"),
        };
    }
}
