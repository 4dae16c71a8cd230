using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A named top-level declaration, with its doc comment.</summary>
/// <param name="Name">The declared name.</param>
/// <param name="Doc">The <c>///</c> comment before it, if any.</param>
/// <param name="Span">Where the declaration is.</param>
public abstract record Declaration(Identifier Name, DocComment? Doc, SourceSpan Span) : SyntaxNode(Span)
{
    /// <summary>The keyword that introduces this kind of declaration, as users read it in messages.</summary>
    public abstract string Keyword { get; }
}
