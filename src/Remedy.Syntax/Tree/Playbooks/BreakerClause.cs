using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A clause of a <c>circuit_breaker</c> block.</summary>
/// <param name="Span">Where the clause is.</param>
public abstract record BreakerClause(SourceSpan Span) : SyntaxNode(Span);
