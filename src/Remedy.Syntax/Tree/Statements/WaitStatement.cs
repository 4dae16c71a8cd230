using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>wait 30s</c>: pauses the run.</summary>
/// <param name="Duration">How long to wait.</param>
/// <param name="Span">Where it is.</param>
public sealed record WaitStatement(Expression Duration, SourceSpan Span) : Statement(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Duration);
}
