using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>import std.k8s [as k]</c>: makes another module's declarations available.</summary>
/// <param name="Name">The imported module.</param>
/// <param name="Alias">The local alias, if any; otherwise the last part of the name is used.</param>
/// <param name="Span">Where the declaration is.</param>
public sealed record ImportDecl(QualifiedName Name, Identifier? Alias, SourceSpan Span) : SyntaxNode(Span)
{
    /// <summary>The name the file uses for the module: the alias or the last part of the module name.</summary>
    public string LocalName => Alias?.Name ?? (Name.Parts.IsEmpty ? "" : Name.Parts[^1].Name);

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Name, Alias);
}
