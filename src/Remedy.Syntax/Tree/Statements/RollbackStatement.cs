using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>rollback</c>: compensates every mutation of the run, in reverse order.</summary>

/// <param name="Span">Where it is.</param>
public sealed record RollbackStatement(SourceSpan Span) : Statement(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}
