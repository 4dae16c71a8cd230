using Remedy.Compiler.Types;

namespace Remedy.Compiler.Symbols;

/// <summary>A built-in function: count, min, max, contains, uniform, normal.</summary>
public sealed class BuiltinFunctionSymbol : Symbol
{
    internal BuiltinFunctionSymbol(string name, string signature, string documentation, int arity, bool simulationOnly)
        : base(name, null, null, null)
    {
        Signature = signature;
        Documentation = documentation;
        Arity = arity;
        SimulationOnly = simulationOnly;
    }

    /// <inheritdoc />
    public override SymbolKind Kind => SymbolKind.BuiltinFunction;

    /// <summary>The result type varies with the arguments; see <see cref="Signature"/>.</summary>
    public override RemedyType Type => BuiltinTypes.Error;

    /// <summary>The signature as users read it, e.g. <c>count(list&lt;T&gt;) -&gt; int</c>.</summary>
    public string Signature { get; }

    /// <summary>What the function does.</summary>
    public string Documentation { get; }

    /// <summary>How many arguments it takes.</summary>
    public int Arity { get; }

    /// <summary>Whether the function draws random values and is only allowed in a simulation population.</summary>
    public bool SimulationOnly { get; }

    /// <inheritdoc />
    public override string Display => $"built-in function {Signature}";
}
