using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>incidents 500</c>: how many incidents to simulate.</summary>
/// <param name="Count">The number of incidents.</param>
/// <param name="Span">Where it is.</param>
public sealed record IncidentsItem(Expression Count, SourceSpan Span) : SimulationItem(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Count);
}
