using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>An expression.</summary>
/// <param name="Span">Where the expression is.</param>
public abstract record Expression(SourceSpan Span) : SyntaxNode(Span);
