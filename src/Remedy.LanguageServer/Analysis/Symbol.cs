using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Analysis;

/// <summary>
/// A declared thing a name refers to, found from the syntax trees (for hover, completion, semantic
/// tokens and quick fixes, which answer without waiting for a compilation): its category, the
/// file and node that declare it, and the span of its name. Built-ins such as <c>alert</c> have no source.
/// </summary>
internal sealed record Symbol(SymbolCategory Category, string Name, ModuleSource? Source, SyntaxNode? Declaration, SourceSpan NameSpan)
{
    /// <summary>The doc comment of the declaration, if any.</summary>
    public string? Documentation => Declaration switch
    {
        Declaration d => d.Doc?.Text,
        FieldDecl f => f.Doc?.Text,
        _ => null,
    };
}
