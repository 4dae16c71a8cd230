using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>population pods 12 of Pod { field: value }</c>: the simulated targets.</summary>
/// <param name="Name">The population's name (the query it stands for).</param>
/// <param name="Count">How many there are.</param>
/// <param name="Type">The resource type.</param>
/// <param name="Fields">Field values or distributions, if any.</param>
/// <param name="Span">Where it is.</param>
public sealed record PopulationItem(Identifier Name, Expression Count, TypeRef Type, RecordExpression? Fields, SourceSpan Span) : SimulationItem(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Name, Count, Type, Fields);
}
