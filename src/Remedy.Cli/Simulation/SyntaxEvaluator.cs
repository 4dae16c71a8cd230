using System.Text;
using Remedy.Runtime.Values;
using Remedy.Syntax.Tree;

namespace Remedy.Cli.Simulation;

/// <summary>
/// Evaluates the expressions a simulation declares: literals, <c>uniform</c>/<c>normal</c> draws in populations,
/// and <c>when</c> conditions over the simulated alert. Simulations are not lowered into the playbook assembly
/// (they never run in production), so their few expressions are evaluated here, from the checked syntax.
/// </summary>
internal sealed class SyntaxEvaluator(Random random, MapValue alert)
{
    /// <summary>Evaluates an expression.</summary>
    /// <param name="expression">The expression (already type-checked by the compiler).</param>
    /// <returns>Its value.</returns>
    /// <exception cref="SimulationException">The expression is of a kind a simulation does not support.</exception>
    public RValue Evaluate(Expression expression) => expression switch
    {
        IntLiteral i => new IntValue(i.Value),
        NumberLiteral n => new NumberValue(n.Value),
        PercentLiteral p => new NumberValue(p.Value / 100),
        DurationLiteral d => new DurationValue(d.Value),
        BoolLiteral b => BoolValue.Of(b.Value),
        StringLiteral s => new StringValue(Text(s)),
        ParenthesizedExpression p => Evaluate(p.Inner),
        NameExpression { Name.Name: "alert" } => alert,
        MemberExpression m => Evaluate(m.Target) is MapValue map ? map.Get(m.Member.Name) ?? RValue.Null : RValue.Null,
        IndexExpression x => Evaluate(x.Target) is MapValue map && Evaluate(x.Index).TryGetString(out var key) ? map.Get(key) ?? new StringValue(string.Empty) : RValue.Null,
        CallExpression { Callee: NameExpression { Name.Name: "uniform" }, Arguments.Length: 2 } c => new NumberValue(Uniform(Number(c.Arguments[0].Value), Number(c.Arguments[1].Value))),
        CallExpression { Callee: NameExpression { Name.Name: "normal" }, Arguments.Length: 2 } c => new NumberValue(Normal(Number(c.Arguments[0].Value), Number(c.Arguments[1].Value))),
        UnaryExpression { Operator: UnaryOperator.Not } u => BoolValue.Of(!Bool(u.Operand)),
        UnaryExpression { Operator: UnaryOperator.Negate } u => new NumberValue(-Number(u.Operand)),
        BinaryExpression b => Binary(b),
        _ => throw new SimulationException($"a simulation cannot evaluate '{expression.GetType().Name.Replace("Expression", string.Empty, StringComparison.Ordinal).ToLowerInvariant()}' expressions; use literals, uniform(), normal() and conditions on the alert"),
    };

    /// <summary>Evaluates a condition.</summary>
    /// <param name="expression">The condition.</param>
    /// <returns>Whether it holds.</returns>
    public bool Bool(Expression expression) => Evaluate(expression).TryGetBool(out var value) && value;

    private double Number(Expression expression)
    {
        var value = Evaluate(expression);
        if (value.TryGetNumber(out var number)) return number;
        if (value.TryGetInt(out var integer)) return integer;
        return value.TryGetDuration(out var duration) ? duration.TotalMilliseconds : 0;
    }

    private RValue Binary(BinaryExpression b)
    {
        switch (b.Operator)
        {
            case BinaryOperator.And: return BoolValue.Of(Bool(b.Left) && Bool(b.Right));
            case BinaryOperator.Or: return BoolValue.Of(Bool(b.Left) || Bool(b.Right));
            case BinaryOperator.Equal: return BoolValue.Of(Same(Evaluate(b.Left), Evaluate(b.Right)));
            case BinaryOperator.NotEqual: return BoolValue.Of(!Same(Evaluate(b.Left), Evaluate(b.Right)));
        }

        var left = Number(b.Left);
        var right = Number(b.Right);
        return b.Operator switch
        {
            BinaryOperator.Less => BoolValue.Of(left < right),
            BinaryOperator.LessOrEqual => BoolValue.Of(left <= right),
            BinaryOperator.Greater => BoolValue.Of(left > right),
            BinaryOperator.GreaterOrEqual => BoolValue.Of(left >= right),
            BinaryOperator.Add => new NumberValue(left + right),
            BinaryOperator.Subtract => new NumberValue(left - right),
            BinaryOperator.Multiply => new NumberValue(left * right),
            _ => new NumberValue(right == 0 ? 0 : left / right),
        };
    }

    // Ints and numbers compare by value, as in the language.
    private static bool Same(RValue left, RValue right) =>
        left.TryGetNumber(out var l) && right.TryGetNumber(out var r) ? l == r : left.Equals(right);

    private string Text(StringLiteral literal)
    {
        var text = new StringBuilder();
        foreach (var part in literal.Parts)
        {
            text.Append(part switch
            {
                StringTextPart t => t.Text,
                StringInterpolationPart i => Evaluate(i.Expression).ToString(),
                _ => string.Empty,
            });
        }

        return text.ToString();
    }

    private double Uniform(double low, double high) => low + (random.NextDouble() * (high - low));

    // Box–Muller: two uniform draws give one standard normal draw.
    private double Normal(double mean, double deviation)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + (deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }
}
