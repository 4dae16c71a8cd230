using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A piece of a string literal: text or an interpolation.</summary>
/// <param name="Span">Where the piece is.</param>
public abstract record StringPart(SourceSpan Span) : SyntaxNode(Span);
