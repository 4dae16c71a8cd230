using Remedy.Compiler.Types;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Symbols;

/// <summary>A field of a resource (or of <c>alert</c>).</summary>
public sealed class FieldSymbol : Symbol
{
    internal FieldSymbol(string name, RemedyType type, string? path, Identifier? nameNode, DocComment? doc)
        : base(name, path, nameNode, doc) => Type = type;

    /// <inheritdoc />
    public override SymbolKind Kind => SymbolKind.Field;

    /// <inheritdoc />
    public override RemedyType Type { get; }
}
