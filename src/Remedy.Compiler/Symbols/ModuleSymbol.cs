using System.Collections.Immutable;
using Remedy.Compiler.Types;

namespace Remedy.Compiler.Symbols;

/// <summary>A module: the declarations of every file that names it in <c>module</c>.</summary>
public sealed class ModuleSymbol : Symbol
{
    internal ModuleSymbol(string name, ImmutableDictionary<string, Symbol> members, ImmutableArray<string> paths)
        : base(name, null, null, null)
    {
        Members = members;
        Paths = paths;
    }

    /// <inheritdoc />
    public override SymbolKind Kind => SymbolKind.Module;

    /// <inheritdoc />
    public override RemedyType Type => BuiltinTypes.Error;

    /// <summary>The module's resources, queries, actions, playbooks and simulations by name.</summary>
    public ImmutableDictionary<string, Symbol> Members { get; }

    /// <summary>The files that make up the module.</summary>
    public ImmutableArray<string> Paths { get; }

    /// <summary>Whether this module comes from the standard library.</summary>
    public bool IsStandardLibrary => Name.StartsWith("std.", StringComparison.Ordinal);

    /// <inheritdoc />
    public override string Display => $"module {Name}";
}
