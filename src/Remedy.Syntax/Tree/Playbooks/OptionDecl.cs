using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>option name { ... }</c>: one alternative remedy of a <c>choose</c>.</summary>
/// <param name="Name">The option's name.</param>
/// <param name="Members">Its lets, steps and verifications.</param>
/// <param name="Span">Where it is.</param>
public sealed record OptionDecl(Identifier Name, ImmutableArray<IOptionMember> Members, SourceSpan Span) : SyntaxNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Name).Concat(Members.Cast<SyntaxNode>());
}
