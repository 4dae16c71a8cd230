using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>step name "Title" { ... }</c>: one unit of remediation, approved, retried and timed as a whole.</summary>
/// <param name="Name">The step's name.</param>
/// <param name="Title">Its human-readable title, if any.</param>
/// <param name="Members">Its statements and settings, in source order.</param>
/// <param name="Span">Where it is.</param>
public sealed record StepDecl(Identifier Name, StringLiteral? Title, ImmutableArray<IStepMember> Members, SourceSpan Span) : SyntaxNode(Span), IPlaybookMember, IOptionMember
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Name, Title).Concat(Members.Cast<SyntaxNode>());
}
