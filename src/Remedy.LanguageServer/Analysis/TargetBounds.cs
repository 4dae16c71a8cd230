using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Analysis;

/// <summary>
/// The static upper bound of a target list, with the reason, as the blast-radius rule reasons
/// about it: <c>| take n</c> caps a list, filters and sorts keep the bound, a query's
/// <c>max_results</c> bounds what it returns, and a literal list has its length.
/// </summary>
internal static class TargetBounds
{
    public static (long? Bound, string Reason) Of(SymbolResolver resolver, ModuleSource source, Expression expression, int depth = 0)
    {
        if (depth > 16) return (null, "too deep to follow");
        switch (expression)
        {
            case PipeExpression { Kind: PipeKind.Take, Argument: IntLiteral n } take:
                var inner = Of(resolver, source, take.Source, depth + 1);
                return inner.Bound is { } b && b < n.Value ? inner : (n.Value, $"`| take {n.Value}`");
            case PipeExpression pipe:
                return Of(resolver, source, pipe.Source, depth + 1);
            case ParenthesizedExpression p:
                return Of(resolver, source, p.Inner, depth + 1);
            case ListExpression list:
                return (list.Items.Length, $"a literal list of {list.Items.Length}");
            case CallExpression call when resolver.ResolveCallee(source, call) is { Declaration: QueryDecl query }:
                return query.Clauses.OfType<MaxResultsClause>().FirstOrDefault() is { Count: IntLiteral max }
                    ? (max.Value, $"`{query.Name.Name}` returns at most {max.Value:N0} (`max_results`)")
                    : (null, $"`{query.Name.Name}` declares no `max_results`");
            case NameExpression name when resolver.ResolveAt(source, name.Name.Span.Start) is { Declaration: LetStatement let, Source: { } letSource }:
                return Of(resolver, letSource, let.Value, depth + 1);
            default:
                return (null, "no static bound");
        }
    }
}
