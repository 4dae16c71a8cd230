using Remedy.Runtime.Values;

namespace Remedy.Runtime.Expressions;

/// <summary>
/// Arithmetic as the language defines it: ints stay ints, an int with a number gives a number, durations add
/// to durations and scale by numbers, and strings concatenate with <c>+</c>. Int overflow fails instead of
/// wrapping, so a computed count can never silently turn negative.
/// </summary>
public static class Arithmetic
{
    /// <summary><c>a + b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The sum.</returns>
    public static RValue Add(RValue left, RValue right) => (left, right) switch
    {
        (IntValue a, IntValue b) => Checked(() => checked(a.Value + b.Value), "+"),
        (DurationValue a, DurationValue b) => a.Value + b.Value,
        (StringValue a, StringValue b) => a.Value + b.Value,
        _ when left.TryGetNumber(out var a) && right.TryGetNumber(out var b) => a + b,
        _ => throw Mismatch("+", left, right),
    };

    /// <summary><c>a - b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The difference.</returns>
    public static RValue Sub(RValue left, RValue right) => (left, right) switch
    {
        (IntValue a, IntValue b) => Checked(() => checked(a.Value - b.Value), "-"),
        (DurationValue a, DurationValue b) => a.Value - b.Value,
        _ when left.TryGetNumber(out var a) && right.TryGetNumber(out var b) => a - b,
        _ => throw Mismatch("-", left, right),
    };

    /// <summary><c>a * b</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The product.</returns>
    public static RValue Mul(RValue left, RValue right) => (left, right) switch
    {
        (IntValue a, IntValue b) => Checked(() => checked(a.Value * b.Value), "*"),
        (DurationValue a, _) when right.TryGetNumber(out var n) => Scale(a.Value, n),
        (_, DurationValue b) when left.TryGetNumber(out var n) => Scale(b.Value, n),
        _ when left.TryGetNumber(out var a) && right.TryGetNumber(out var b) => a * b,
        _ => throw Mismatch("*", left, right),
    };

    /// <summary><c>a / b</c>: an int divided by an int truncates; a division by an int zero fails.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The quotient.</returns>
    public static RValue Div(RValue left, RValue right) => (left, right) switch
    {
        (IntValue, IntValue { Value: 0 }) => throw new ExpressionException("division by zero"),
        (IntValue a, IntValue b) => Checked(() => checked(a.Value / b.Value), "/"),
        (DurationValue a, DurationValue b) when b.Value != TimeSpan.Zero => a.Value / b.Value,
        (DurationValue a, _) when right.TryGetNumber(out var n) && n != 0 => Scale(a.Value, 1 / n),
        _ when left.TryGetNumber(out var a) && right.TryGetNumber(out var b) => a / b,
        _ => throw Mismatch("/", left, right),
    };

    /// <summary><c>-a</c>.</summary>
    /// <param name="value">The operand.</param>
    /// <returns>The negation.</returns>
    public static RValue Neg(RValue value) => value switch
    {
        IntValue a => Checked(() => checked(-a.Value), "-"),
        NumberValue a => -a.Value,
        DurationValue a => -a.Value,
        _ => throw new ExpressionException($"operator '-' cannot negate {Text.Describe(value)}"),
    };

    private static RValue Scale(TimeSpan duration, double factor)
    {
        var ms = duration.TotalMilliseconds * factor;
        return double.IsFinite(ms) && Math.Abs(ms) < TimeSpan.MaxValue.TotalMilliseconds
            ? TimeSpan.FromMilliseconds(ms)
            : throw new ExpressionException("duration out of range");
    }

    private static RValue Checked(Func<long> compute, string op)
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            throw new ExpressionException($"integer overflow in '{op}'");
        }
    }

    private static ExpressionException Mismatch(string op, RValue left, RValue right) =>
        new($"operator '{op}' cannot combine {Text.Describe(left)} and {Text.Describe(right)}");
}
