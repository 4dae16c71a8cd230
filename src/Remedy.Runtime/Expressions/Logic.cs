using Remedy.Runtime.Values;

namespace Remedy.Runtime.Expressions;

/// <summary>Truth of conditions, for <c>if</c>, <c>where</c>, <c>require</c> and <c>verify</c>.</summary>
public static class Logic
{
    /// <summary>Whether a condition holds; null (a field a provider left out) is false, never an error.</summary>
    /// <param name="value">The condition's value.</param>
    /// <returns>True only for the bool true.</returns>
    public static bool IsTrue(RValue value) => value switch
    {
        BoolValue b => b.Value,
        NullValue => false,
        _ => throw new ExpressionException($"expected a bool, got {Text.Describe(value)}"),
    };

    /// <summary><c>not a</c>.</summary>
    /// <param name="value">The operand.</param>
    /// <returns>The negation.</returns>
    public static RValue Not(RValue value) => !IsTrue(value);
}
