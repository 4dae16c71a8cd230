using System.Collections.Immutable;
using Remedy.Compiler.Binding;
using Remedy.Compiler.Symbols;
using Remedy.Compiler.Types;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Analysis;

/// <summary>
/// Computes static upper bounds and provenance of lists: literal list lengths, query
/// <c>max_results</c>, <c>| take n</c>; where, sort and map keep the bound; lets are followed.
/// Pure functions of the bound tree.
/// </summary>
internal sealed class BoundsAnalyzer(BindingResult binding)
{
    private const int MaxDepth = 32;

    /// <summary>The upper bound of the list (or 1 for a single value).</summary>
    public TargetBound BoundOf(Expression expression) => BoundOf(expression, 0);

    private TargetBound BoundOf(Expression expression, int depth)
    {
        if (depth > MaxDepth) return new TargetBound(null, "the definition is too deeply nested to follow");
        switch (expression)
        {
            case ParenthesizedExpression p:
                return BoundOf(p.Inner, depth + 1);
            case ListExpression list:
                return new TargetBound(list.Items.Length, $"a literal list of {list.Items.Length}");
            case CallExpression call when binding.QueryOf(call) is { } query:
                if (!query.ReturnsList) return new TargetBound(1, $"query {Name(query)} returns one value");
                return query.MaxResults is { } max
                    ? new TargetBound(max, $"query {Name(query)} returns at most {max}")
                    : new TargetBound(null, $"query {Name(query)} declares no max_results");
            case PipeExpression { Kind: PipeKind.Take } take:
            {
                var source = BoundOf(take.Source, depth + 1);
                if (ConstantInt(take.Argument, depth) is not { } n) return source with { Reason = source.Reason + ", `take` of a non-constant count" };
                if (source.Value is { } s && s <= n) return source;
                return new TargetBound(Math.Max(0, n), $"`| take {n}`");
            }
            case PipeExpression pipe:
                return BoundOf(pipe.Source, depth + 1);
            case NameExpression name when binding.SymbolOf(name) is LocalSymbol { Kind: SymbolKind.Let, Value: { } value }:
                return BoundOf(value, depth + 1);
            default:
            {
                var type = binding.TypeOf(expression);
                if (type is ListType) return new TargetBound(null, "its length is not known statically");
                return type.IsError ? new TargetBound(null, "its type is not known") : new TargetBound(1, "a single value");
            }
        }
    }

    /// <summary>An int known at compile time: a literal, or a let of one.</summary>
    public long? ConstantInt(Expression expression, int depth = 0) => expression switch
    {
        IntLiteral i => i.Value,
        ParenthesizedExpression p when depth < MaxDepth => ConstantInt(p.Inner, depth + 1),
        NameExpression n when depth < MaxDepth && binding.SymbolOf(n) is LocalSymbol { Kind: SymbolKind.Let, Value: { } v } => ConstantInt(v, depth + 1),
        _ => null,
    };

    /// <summary>Where the items of a list (or a single target) come from.</summary>
    public TargetProvenance ProvenanceOf(Expression expression)
    {
        var constraints = ImmutableArray.CreateBuilder<FieldConstraint>();
        var hasFilter = false;
        var hasTake = false;
        var current = expression;
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            switch (current)
            {
                case ParenthesizedExpression p:
                    current = p.Inner;
                    continue;
                case PipeExpression pipe:
                    if (pipe.Kind == PipeKind.Where)
                    {
                        hasFilter = true;
                        CollectFilterConstraints(pipe.Argument, constraints);
                    }
                    if (pipe.Kind == PipeKind.Take) hasTake = true;
                    current = pipe.Source;
                    continue;
                case NameExpression name when binding.SymbolOf(name) is LocalSymbol { Kind: SymbolKind.Let, Value: { } value }:
                    current = value;
                    continue;
                case CallExpression call when binding.QueryOf(call) is { } query:
                    foreach (var (parameter, value) in ArgumentsOf(call, query))
                    {
                        if (value is StringLiteral { IsConstant: true } literal && FieldOf(query, parameter.Name))
                            constraints.Add(new FieldConstraint(parameter.Name, literal.Value, value.Span, $"argument '{parameter.Name}' of {Name(query)}"));
                    }
                    return new TargetProvenance(query, call, constraints.ToImmutable(), hasFilter, hasTake);
            }
            break;
        }
        return new TargetProvenance(null, null, constraints.ToImmutable(), hasFilter, hasTake);
    }

    /// <summary>Whether the items the query returns have a field of that name.</summary>
    private static bool FieldOf(QuerySymbol query, string field)
    {
        var element = query.Type is ListType list ? list.Element : query.Type;
        return element is not ResourceType resource || resource.Symbol.FindField(field) is not null;
    }

    private static void CollectFilterConstraints(Expression condition, ImmutableArray<FieldConstraint>.Builder constraints)
    {
        switch (condition)
        {
            case ParenthesizedExpression p:
                CollectFilterConstraints(p.Inner, constraints);
                break;
            case BinaryExpression { Operator: BinaryOperator.And } and:
                CollectFilterConstraints(and.Left, constraints);
                CollectFilterConstraints(and.Right, constraints);
                break;
            case BinaryExpression { Operator: BinaryOperator.Equal } eq:
                if (ItField(eq.Left) is { } f1 && eq.Right is StringLiteral { IsConstant: true } v1)
                    constraints.Add(new FieldConstraint(f1, v1.Value, eq.Span, $"filter `where it.{f1} == \"{v1.Value}\"`"));
                else if (ItField(eq.Right) is { } f2 && eq.Left is StringLiteral { IsConstant: true } v2)
                    constraints.Add(new FieldConstraint(f2, v2.Value, eq.Span, $"filter `where it.{f2} == \"{v2.Value}\"`"));
                break;
        }
    }

    private static string? ItField(Expression expression) =>
        expression is MemberExpression { Target: NameExpression { Name.Name: "it" }, Member: var member } ? member.Name : null;

    /// <summary>Pairs each argument of a call with its parameter (positional, then named).</summary>
    public static IEnumerable<(ParameterSymbol Parameter, Expression Value)> ArgumentsOf(CallExpression call, CallableSymbol callable)
    {
        var position = 0;
        foreach (var argument in call.Arguments)
        {
            ParameterSymbol? parameter;
            if (argument.Name is null)
                parameter = position < callable.Parameters.Length ? callable.Parameters[position++] : null;
            else
                parameter = callable.FindParameter(argument.Name.Name);
            if (parameter is not null) yield return (parameter, argument.Value);
        }
    }

    /// <summary>How messages name a query or action: <c>k8s.pods</c>.</summary>
    public static string Name(CallableSymbol callable)
    {
        var module = callable.ModuleName;
        var last = module.LastIndexOf('.');
        return (last >= 0 ? module[(last + 1)..] : module) + "." + callable.Name;
    }
}
