using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A name as written in the source. A name the parser had to invent during error recovery is empty.</summary>
/// <param name="Name">The name's text.</param>
/// <param name="Span">Where the name is.</param>
public sealed record Identifier(string Name, SourceSpan Span) : SyntaxNode(Span)
{
    /// <summary>Whether the parser invented this name to recover from an error.</summary>
    public bool IsMissing => Name.Length == 0;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    /// <inheritdoc />
    public override string ToString() => Name;
}
