using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>scope namespace "payments"</c>: every target's field must equal the value.</summary>
/// <param name="Field">The target field that is constrained.</param>
/// <param name="Value">The value the field must have.</param>
/// <param name="Span">Where it is.</param>
public sealed record ScopeClause(Identifier Field, StringLiteral Value, SourceSpan Span) : BlastRadiusClause(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Field, Value);
}
