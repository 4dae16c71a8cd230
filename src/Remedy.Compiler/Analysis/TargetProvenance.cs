using System.Collections.Immutable;
using Remedy.Compiler.Symbols;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Analysis;

/// <summary>Where a target list comes from: the population query, what is proven about its items, and how it was narrowed.</summary>
/// <param name="Query">The query the targets come from, or null (a literal list, a parameter...).</param>
/// <param name="QueryCall">The call of that query.</param>
/// <param name="Constraints">Field values proven for every target, from literal query arguments and <c>where it.field == "literal"</c> filters.</param>
/// <param name="HasFilter">Whether a <c>| where</c> narrows the list.</param>
/// <param name="HasTake">Whether a <c>| take</c> bounds the list.</param>
public sealed record TargetProvenance(QuerySymbol? Query, CallExpression? QueryCall, ImmutableArray<FieldConstraint> Constraints, bool HasFilter, bool HasTake)
{
    /// <summary>No known origin.</summary>
    public static TargetProvenance Unknown { get; } = new(null, null, [], false, false);

    /// <summary>Whether the targets come straight from a query that returns a list, with neither a filter nor a take.</summary>
    public bool IsUnfilteredPopulation => Query is { ReturnsList: true } && !HasFilter && !HasTake;
}
