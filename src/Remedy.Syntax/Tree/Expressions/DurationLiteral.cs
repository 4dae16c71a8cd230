using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A duration such as <c>500ms</c>, <c>30s</c>, <c>5m</c>, <c>1h</c> or <c>1d</c>.</summary>
/// <param name="Value">The duration (zero when the unit was unknown; the parser reported it).</param>
/// <param name="Text">The text as written.</param>
/// <param name="Span">Where it is.</param>
public sealed record DurationLiteral(TimeSpan Value, string Text, SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}
