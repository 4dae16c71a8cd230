using Remedy.Compiler.Types;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Symbols;

/// <summary>The local name a file gives an imported module: <c>k8s</c> for <c>import std.k8s</c>, <c>prom</c> for <c>as prom</c>.</summary>
public sealed class ImportAliasSymbol : Symbol
{
    internal ImportAliasSymbol(string name, string path, Identifier nameNode, ImportDecl declaration, ModuleSymbol? module)
        : base(name, path, nameNode, null)
    {
        Declaration = declaration;
        Module = module;
    }

    /// <inheritdoc />
    public override SymbolKind Kind => SymbolKind.ImportAlias;

    /// <inheritdoc />
    public override RemedyType Type => BuiltinTypes.Error;

    /// <summary>The import declaration.</summary>
    public ImportDecl Declaration { get; }

    /// <summary>The imported module, or null when it does not exist (already reported).</summary>
    public ModuleSymbol? Module { get; }

    /// <inheritdoc />
    public override string Display => $"import {Module?.Name ?? Declaration.Name.Text} as {Name}";
}
