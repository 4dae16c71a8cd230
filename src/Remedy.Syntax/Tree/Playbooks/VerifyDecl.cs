using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>verify within 2m every 15s { cond }</c>: how the playbook knows it worked.</summary>
/// <param name="Within">How long the conditions may take to hold; null when missing (the safety rule RMD1016 reports it).</param>
/// <param name="Every">How often they are checked, if given.</param>
/// <param name="Conditions">The conditions, all of which must hold.</param>
/// <param name="Span">Where it is.</param>
public sealed record VerifyDecl(Expression? Within, Expression? Every, ImmutableArray<Expression> Conditions, SourceSpan Span) : SyntaxNode(Span), IPlaybookMember, IOptionMember
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Within, Every).Concat(Conditions);
}
