using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A statement in a step, block or handler.</summary>
/// <param name="Span">Where the statement is.</param>
public abstract record Statement(SourceSpan Span) : SyntaxNode(Span), IStepMember;
