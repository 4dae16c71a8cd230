using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>An item of a <c>simulation</c>.</summary>
/// <param name="Span">Where the item is.</param>
public abstract record SimulationItem(SourceSpan Span) : SyntaxNode(Span);
