using Remedy.Compiler.Types;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Symbols;

/// <summary>A parameter of a query or action.</summary>
public sealed class ParameterSymbol : Symbol
{
    internal ParameterSymbol(string name, RemedyType type, int ordinal, Parameter declaration, string path)
        : base(name, path, declaration.Name, null)
    {
        Type = type;
        Ordinal = ordinal;
        Declaration = declaration;
    }

    /// <inheritdoc />
    public override SymbolKind Kind => SymbolKind.Parameter;

    /// <inheritdoc />
    public override RemedyType Type { get; }

    /// <summary>The position of the parameter, from 0.</summary>
    public int Ordinal { get; }

    /// <summary>The declaration.</summary>
    public Parameter Declaration { get; }

    /// <summary>Whether the parameter has a default value, so an argument may be left out.</summary>
    public bool HasDefault => Declaration.Default is not null;
}
