using System.Collections.Immutable;
using Remedy.Syntax.Text;
using Remedy.Syntax.Language;

namespace Remedy.Syntax.Tree;

/// <summary><c>choose remedy by thompson features [...] { option ... }</c>: alternatives a learner picks between.</summary>
/// <param name="Policy">The policy as written; see <see cref="Value"/>.</param>
/// <param name="Parameters">
/// The policy's parameters, <c>thompson(prior: [1, 1], commit: 90%)</c>, in source order; empty when none are written
/// (an empty <c>()</c> is not kept).
/// </param>
/// <param name="FixedOption">For <c>fixed</c>, the option always chosen.</param>
/// <param name="Features">The features the policy conditions on, if any.</param>
/// <param name="Options">The alternatives.</param>
/// <param name="Span">Where it is.</param>
public sealed record ChooseDecl(Identifier Policy, ImmutableArray<Argument> Parameters, StringLiteral? FixedOption, ListExpression? Features, ImmutableArray<OptionDecl> Options, SourceSpan Span) : SyntaxNode(Span), IPlaybookMember
{
    /// <summary>The policy, or null when the word is not a known policy (the parser reported it).</summary>
    public PolicyKind? Value => LanguageNames.ParsePolicy(Policy.Name);

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Policy).Concat(Parameters).Concat(Present(FixedOption, Features)).Concat(Options);
}
