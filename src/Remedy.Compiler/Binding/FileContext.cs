using System.Collections.Immutable;
using Remedy.Compiler.Symbols;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Binding;

/// <summary>What one file sees: its module, its import aliases and its file-level scope.</summary>
internal sealed record FileContext(SyntaxTree Tree, ModuleSymbol Module, ImmutableDictionary<string, ImportAliasSymbol> Imports, Scope FileScope)
{
    public string Path => Tree.Path;
}
