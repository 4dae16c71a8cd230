using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A clause of a <c>blast_radius</c> block.</summary>
/// <param name="Span">Where the clause is.</param>
public abstract record BlastRadiusClause(SourceSpan Span) : SyntaxNode(Span);
