using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>module a.b</c>: names the module the file's declarations belong to.</summary>
/// <param name="Name">The module's name.</param>
/// <param name="Span">Where the declaration is.</param>
public sealed record ModuleDecl(QualifiedName Name, SourceSpan Span) : SyntaxNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => [Name];
}
