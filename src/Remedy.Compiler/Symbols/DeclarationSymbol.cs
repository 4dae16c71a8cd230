using Remedy.Compiler.Types;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Symbols;

/// <summary>A playbook, simulation, step or option: a named declaration that is not a value.</summary>
public sealed class DeclarationSymbol : Symbol
{
    internal DeclarationSymbol(string name, SymbolKind kind, string moduleName, string path, Identifier nameNode, DocComment? doc, SyntaxNode declaration)
        : base(name, path, nameNode, doc)
    {
        Kind = kind;
        ModuleName = moduleName;
        Declaration = declaration;
    }

    /// <inheritdoc />
    public override SymbolKind Kind { get; }

    /// <inheritdoc />
    public override RemedyType Type => BuiltinTypes.Error;

    /// <summary>The declaring module.</summary>
    public string ModuleName { get; }

    /// <summary>The declaration node.</summary>
    public SyntaxNode Declaration { get; }

    /// <inheritdoc />
    public override string Display => $"{KindText} {Name}";
}
