using System.Collections.Immutable;
using Remedy.Compiler.Types;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Symbols;

/// <summary>A query or action: something called with arguments checked against parameters.</summary>
public abstract class CallableSymbol : Symbol
{
    private ImmutableArray<ParameterSymbol> _parameters = [];

    /// <summary>Creates a callable symbol.</summary>
    private protected CallableSymbol(string name, string moduleName, string path, Identifier nameNode, DocComment? doc)
        : base(name, path, nameNode, doc) => ModuleName = moduleName;

    /// <summary>The declaring module.</summary>
    public string ModuleName { get; }

    /// <summary>The name qualified with its module.</summary>
    public string QualifiedName => $"{ModuleName}.{Name}";

    /// <summary>The parameters, in order.</summary>
    public ImmutableArray<ParameterSymbol> Parameters => _parameters;

    /// <summary>The provider id from <c>provider "..."</c>, or null when none is declared.</summary>
    public abstract string? ProviderId { get; }

    /// <summary>The declared <c>timeout</c>, or null.</summary>
    public abstract TimeSpan? Timeout { get; }

    /// <summary>The parameter of that name, or null.</summary>
    public ParameterSymbol? FindParameter(string name)
    {
        foreach (var p in _parameters)
            if (p.Name == name) return p;
        return null;
    }

    /// <summary>The parameter list as written, for messages and hovers.</summary>
    public string Signature => "(" + string.Join(", ", _parameters.Select(p => $"{p.Name}: {p.Type.DisplayName}")) + ")";

    internal void SetParameters(ImmutableArray<ParameterSymbol> parameters) => _parameters = parameters;
}
