using System.Collections.Immutable;
using Remedy.Compiler.Analysis;
using Remedy.Compiler.Symbols;
using Remedy.Compiler.Types;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Lowering;

internal sealed partial class PlaybookLowerer
{
    private static readonly IReadOnlyDictionary<Expression, IrExpression> NoReplacements = new Dictionary<Expression, IrExpression>();
    private static readonly IReadOnlyDictionary<Symbol, IrExpression> NoParameters = new Dictionary<Symbol, IrExpression>();

    private IrExpression LowerExpression(
        Expression expression,
        IReadOnlyDictionary<Expression, IrExpression>? replacements = null,
        IReadOnlyDictionary<Symbol, IrExpression>? parameters = null) =>
        Lower(expression, replacements ?? NoReplacements, parameters ?? NoParameters);

    private IrExpression Lower(Expression expression, IReadOnlyDictionary<Expression, IrExpression> replacements, IReadOnlyDictionary<Symbol, IrExpression> parameters)
    {
        if (replacements.TryGetValue(expression, out var replaced))
        {
            return replaced;
        }

        IrExpression Sub(Expression e) => Lower(e, replacements, parameters);
        var span = expression.Span;
        switch (expression)
        {
            case IntLiteral i:
                return new IrLiteral(IrLiteralKind.Int, i.Value, span);
            case NumberLiteral n:
                return new IrLiteral(IrLiteralKind.Number, n.Value, span);
            case BoolLiteral b:
                return new IrLiteral(IrLiteralKind.Bool, b.Value, span);
            case DurationLiteral d:
                return new IrLiteral(IrLiteralKind.Duration, (long)d.Value.TotalMilliseconds, span);
            case PercentLiteral p:
                return new IrLiteral(IrLiteralKind.Percent, p.Value, span);
            case StringLiteral s when s.IsConstant:
                return new IrLiteral(IrLiteralKind.String, s.Value, span);
            case StringLiteral s:
                return new IrInterpolation(
                    [.. s.Parts.Select(part => part switch
                    {
                        StringTextPart text => new IrLiteral(IrLiteralKind.String, text.Text, text.Span),
                        StringInterpolationPart value => Sub(value.Expression),
                        _ => new IrLiteral(IrLiteralKind.String, string.Empty, part.Span),
                    })],
                    span);
            case ParenthesizedExpression p:
                return Sub(p.Inner);
            case NameExpression name:
                return LowerName(name, parameters);
            case MemberExpression member:
                return new IrField(Sub(member.Target), member.Member.Name, span);
            case IndexExpression index:
                return new IrIndex(Sub(index.Target), Sub(index.Index), DefaultOf(binding.TypeOf(index), span), span);
            case BinaryExpression binary:
                return new IrBinary(Operator(binary.Operator), Sub(binary.Left), Sub(binary.Right), span);
            case UnaryExpression unary:
                return new IrUnary(unary.Operator == UnaryOperator.Negate, Sub(unary.Operand), span);
            case ListExpression list:
                return new IrList([.. list.Items.Select(Sub)], span);
            case MapExpression map:
                return new IrMap([.. map.Entries.Select(e => Sub(e.Key))], [.. map.Entries.Select(e => Sub(e.Value))], span);
            case CallExpression call:
                return LowerCall(call, Sub);
            case PipeExpression pipe:
            {
                var source = Sub(pipe.Source);
                if (pipe.Kind == PipeKind.Take)
                {
                    return new IrPipe(IrPipeKind.Take, source, string.Empty, Sub(pipe.Argument), false, span);
                }

                var it = names.Allocate("it");
                its.Push(it);
                lambdaDepth++;
                var argument = Sub(pipe.Argument);
                lambdaDepth--;
                its.Pop();
                var kind = pipe.Kind switch
                {
                    PipeKind.Where => IrPipeKind.Where,
                    PipeKind.SortBy => IrPipeKind.SortBy,
                    _ => IrPipeKind.Map,
                };
                return new IrPipe(kind, source, it, argument, pipe.Direction == SortDirection.Descending, span);
            }

            case QuantifierExpression quantifier:
            {
                var source = Sub(quantifier.Source);
                var variable = names.Allocate(quantifier.Variable.Name);
                if (binding.SymbolOf(quantifier.Variable) is { } symbol)
                {
                    locals[symbol] = variable;
                }

                lambdaDepth++;
                var condition = Sub(quantifier.Body);
                lambdaDepth--;
                return new IrQuantifier(quantifier.Kind == QuantifierKind.All, source, variable, condition, span);
            }

            default:
                Unsupported(span, "this expression", "it has no value at run time (a record literal belongs in a simulation)");
                return new IrLiteral(IrLiteralKind.Null, null, span);
        }
    }

    private IrExpression LowerName(NameExpression name, IReadOnlyDictionary<Symbol, IrExpression> parameters)
    {
        var symbol = Resolve(name);
        switch (symbol)
        {
            case LocalSymbol { Kind: SymbolKind.Alert }:
                return new IrAlert(name.Span);
            case LocalSymbol { Kind: SymbolKind.It } when its.Count > 0:
                return new IrLocal(its.Peek(), name.Span);
            case not null when parameters.TryGetValue(symbol, out var value):
                return value;
            case not null when locals.TryGetValue(symbol, out var local):
                return new IrLocal(local, name.Span);
            default:
                Unsupported(name.Span, $"'{name.Name.Name}'", symbol is LocalSymbol { Kind: SymbolKind.Metric }
                    ? "metrics exist only in the promotion rule"
                    : "it names no value the generated code holds");
                return new IrLiteral(IrLiteralKind.Null, null, name.Span);
        }
    }

    private IrExpression LowerCall(CallExpression call, Func<Expression, IrExpression> sub)
    {
        switch (binding.CallTargets.GetValueOrDefault(call))
        {
            case QuerySymbol query:
            {
                if (lambdaDepth > 0)
                {
                    Unsupported(call.Span, $"the call to '{BoundsAnalyzer.Name(query)}'", "a query inside a pipeline stage or quantifier condition would run once per element; bind its result with let first");
                }

                var name = query.QualifiedName;
                queries[name] = query;
                var given = BoundsAnalyzer.ArgumentsOf(call, query).ToDictionary(a => (Symbol)a.Parameter, a => a.Value, SymbolComparer);
                var arguments = query.Parameters.Select(p => new IrArgument(
                    p.Name,
                    given.TryGetValue(p, out var value) ? sub(value)
                        : p.Declaration.Default is { } fallback ? LowerExpression(fallback)
                        : new IrLiteral(IrLiteralKind.Null, null, call.Span)));
                return new IrQuery(name, [.. arguments], call.Span);
            }

            case BuiltinFunctionSymbol { SimulationOnly: true } function:
                Unsupported(call.Span, $"the call to '{function.Name}'", "it only exists in simulations");
                return new IrLiteral(IrLiteralKind.Null, null, call.Span);
            case BuiltinFunctionSymbol function:
                return new IrBuiltin(function.Name, [.. call.Arguments.Select(a => sub(a.Value))], call.Span);
            default:
                Unsupported(call.Span, "this call", "only queries and built-in functions have values; actions are statements");
                return new IrLiteral(IrLiteralKind.Null, null, call.Span);
        }
    }

    private static IrBinaryOperator Operator(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => IrBinaryOperator.Or,
        BinaryOperator.And => IrBinaryOperator.And,
        BinaryOperator.Equal => IrBinaryOperator.Equal,
        BinaryOperator.NotEqual => IrBinaryOperator.NotEqual,
        BinaryOperator.Less => IrBinaryOperator.Less,
        BinaryOperator.LessOrEqual => IrBinaryOperator.LessOrEqual,
        BinaryOperator.Greater => IrBinaryOperator.Greater,
        BinaryOperator.GreaterOrEqual => IrBinaryOperator.GreaterOrEqual,
        BinaryOperator.Add => IrBinaryOperator.Add,
        BinaryOperator.Subtract => IrBinaryOperator.Subtract,
        BinaryOperator.Multiply => IrBinaryOperator.Multiply,
        _ => IrBinaryOperator.Divide,
    };

    // What a missing map entry or list element reads as: the element type's zero, so `alert.labels["x"]` is "".
    private static IrLiteral DefaultOf(RemedyType type, Syntax.Text.SourceSpan span) => type.Kind switch
    {
        TypeKind.String => new IrLiteral(IrLiteralKind.String, string.Empty, span),
        TypeKind.Int => new IrLiteral(IrLiteralKind.Int, 0L, span),
        TypeKind.Number => new IrLiteral(IrLiteralKind.Number, 0d, span),
        TypeKind.Bool => new IrLiteral(IrLiteralKind.Bool, false, span),
        TypeKind.Duration => new IrLiteral(IrLiteralKind.Duration, 0L, span),
        TypeKind.Percent => new IrLiteral(IrLiteralKind.Percent, 0d, span),
        _ => new IrLiteral(IrLiteralKind.Null, null, span),
    };
}
