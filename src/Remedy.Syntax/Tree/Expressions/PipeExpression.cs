using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>source | stage argument</c>: one stage of a pipeline, with <c>it</c> bound to each item.</summary>
/// <param name="Source">The list flowing in.</param>
/// <param name="Kind">The stage.</param>
/// <param name="Argument">The condition, count, key or projection.</param>
/// <param name="Direction">For <c>sort by</c>, the direction.</param>
/// <param name="Span">Where it is.</param>
public sealed record PipeExpression(Expression Source, PipeKind Kind, Expression Argument, SortDirection Direction, SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Source, Argument);
}
