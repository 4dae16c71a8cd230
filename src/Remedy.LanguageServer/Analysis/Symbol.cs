using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Analysis;

/// <summary>
/// A declared thing a name refers to, found from the syntax trees: its category, the file and
/// node that declare it, and the span of its name (the target of go to definition and the
/// identity that references and rename compare). Built-ins such as <c>alert</c> have no source.
/// </summary>
internal sealed record Symbol(SymbolCategory Category, string Name, ModuleSource? Source, SyntaxNode? Declaration, SourceSpan NameSpan)
{
    /// <summary>Whether two symbols are the same declaration.</summary>
    public bool SameAs(Symbol other) =>
        Category == other.Category && Name == other.Name && Source?.Uri == other.Source?.Uri && NameSpan.Start == other.NameSpan.Start;

    /// <summary>The doc comment of the declaration, if any.</summary>
    public string? Documentation => Declaration switch
    {
        Declaration d => d.Doc?.Text,
        FieldDecl f => f.Doc?.Text,
        _ => null,
    };
}
