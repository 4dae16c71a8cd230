using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>{ field: value, ... }</c> giving a resource's fields, as in a simulation population.</summary>
/// <param name="Fields">The fields.</param>
/// <param name="Span">Where it is.</param>
public sealed record RecordExpression(ImmutableArray<RecordField> Fields, SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Fields;
}
