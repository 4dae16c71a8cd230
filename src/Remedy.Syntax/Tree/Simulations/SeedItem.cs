using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>seed 42</c>: the random seed, so a simulation is repeatable.</summary>
/// <param name="Value">The seed.</param>
/// <param name="Span">Where it is.</param>
public sealed record SeedItem(Expression Value, SourceSpan Span) : SimulationItem(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Value);
}
