using Remedy.Syntax.Language;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Binding;

/// <summary>Reads the constant value of a policy parameter, <c>commit: 90%</c>, as the numbers the runtime takes.</summary>
internal static class PolicyParameterValue
{
    /// <summary>
    /// The numbers of a value written as <paramref name="type"/> needs: one for a fraction (90% is 0.9), number,
    /// count or bool (1 or 0), two for a prior. Null when the value is not written that way.
    /// </summary>
    /// <param name="type">How the parameter's value is written.</param>
    /// <param name="value">The value as written.</param>
    /// <returns>The numbers, or null.</returns>
    public static double[]? Read(PolicyParameterType type, Expression value) => type switch
    {
        PolicyParameterType.Fraction => value is PercentLiteral p ? [p.Value / 100] : Number(value) is { } f ? [f] : null,
        PolicyParameterType.Number => Number(value) is { } n ? [n] : null,
        PolicyParameterType.Count => Whole(value) is { } c ? [c] : null,
        PolicyParameterType.Bool => value is BoolLiteral b ? [b.Value ? 1 : 0] : null,
        PolicyParameterType.Prior => value is ListExpression { Items.Length: 2 } list
            && Number(list.Items[0]) is { } alpha && Number(list.Items[1]) is { } beta ? [alpha, beta] : null,
        _ => null,
    };

    /// <summary>What a value is, in words, for a wrong-type message.</summary>
    /// <param name="value">The value.</param>
    /// <returns>E.g. <c>a string</c>.</returns>
    public static string Describe(Expression value) => value switch
    {
        StringLiteral => "a string",
        PercentLiteral => "a percentage",
        DurationLiteral => "a duration",
        IntLiteral or UnaryExpression { Operand: IntLiteral } => "a whole number",
        NumberLiteral or UnaryExpression { Operand: NumberLiteral } => "a number",
        BoolLiteral => "true/false",
        ListExpression list => $"a list of {list.Items.Length}",
        MapExpression or RecordExpression => "a map",
        _ => "not a constant",
    };

    private static double? Number(Expression value) => value switch
    {
        IntLiteral i => i.Value,
        NumberLiteral n => n.Value,
        UnaryExpression { Operator: UnaryOperator.Negate } u => -Number(u.Operand),
        _ => null,
    };

    private static double? Whole(Expression value) => value switch
    {
        IntLiteral i => i.Value,
        UnaryExpression { Operator: UnaryOperator.Negate } u => -Whole(u.Operand),
        _ => null,
    };
}
