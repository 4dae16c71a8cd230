using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A dotted name such as <c>std.k8s</c>.</summary>
/// <param name="Parts">The dot-separated parts.</param>
/// <param name="Span">Where the name is.</param>
public sealed record QualifiedName(ImmutableArray<Identifier> Parts, SourceSpan Span) : SyntaxNode(Span)
{
    /// <summary>The parts joined with dots.</summary>
    public string Text => string.Join('.', Parts.Select(p => p.Name));

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Parts;

    /// <inheritdoc />
    public override string ToString() => Text;
}
