using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>for x in xs batch 1 pause 30s { ... }</c>: runs the body for each item of a finite list.</summary>
/// <param name="Variable">The loop variable.</param>
/// <param name="Source">The list iterated over.</param>
/// <param name="Batch">How many items run at once, if given.</param>
/// <param name="Pause">The pause between batches, if given.</param>
/// <param name="Body">The body.</param>
/// <param name="Span">Where it is.</param>
public sealed record ForStatement(Identifier Variable, Expression Source, Expression? Batch, Expression? Pause, Block Body, SourceSpan Span) : Statement(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Variable, Source, Batch, Pause, Body);
}
