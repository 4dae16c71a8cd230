using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>target.member</c>.</summary>
/// <param name="Target">What the member is read from.</param>
/// <param name="Member">The member.</param>
/// <param name="Span">Where it is.</param>
public sealed record MemberExpression(Expression Target, Identifier Member, SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Target, Member);
}
