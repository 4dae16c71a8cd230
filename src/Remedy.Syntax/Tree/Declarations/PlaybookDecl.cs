using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>playbook name { ... }</c>: a remediation with its trigger, guards, steps and verification.</summary>
/// <param name="Name">The playbook's name.</param>
/// <param name="Doc">Its doc comment.</param>
/// <param name="Members">Its settings, lets, steps, verifications, choices and handlers, in source order.</param>
/// <param name="Span">Where the declaration is.</param>
public sealed record PlaybookDecl(Identifier Name, DocComment? Doc, ImmutableArray<IPlaybookMember> Members, SourceSpan Span) : Declaration(Name, Doc, Span)
{
    /// <inheritdoc />
    public override string Keyword => "playbook";

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Name).Concat(Members.Cast<SyntaxNode>());
}
