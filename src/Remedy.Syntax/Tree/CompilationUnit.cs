using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>The root of a file: its module, imports and declarations.</summary>
/// <param name="Module">The <c>module</c> declaration, if any.</param>
/// <param name="Imports">The <c>import</c> declarations.</param>
/// <param name="Declarations">Resources, queries, actions, playbooks and simulations.</param>
/// <param name="Span">The whole file.</param>
public sealed record CompilationUnit(ModuleDecl? Module, ImmutableArray<ImportDecl> Imports, ImmutableArray<Declaration> Declarations, SourceSpan Span) : SyntaxNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Module).Concat(Imports).Concat(Declarations);
}
