using Remedy.Compiler.Types;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Symbols;

/// <summary>
/// A name bound inside a declaration: a <c>let</c>, a loop or quantifier variable, <c>it</c>,
/// <c>alert</c>, a promotion metric, a capture or a simulated population.
/// </summary>
public sealed class LocalSymbol : Symbol
{
    internal LocalSymbol(string name, SymbolKind kind, RemedyType type, string? path, Identifier? nameNode, SyntaxNode? declaration, Expression? value)
        : base(name, path, nameNode, null)
    {
        Kind = kind;
        Type = type;
        Declaration = declaration;
        Value = value;
    }

    /// <inheritdoc />
    public override SymbolKind Kind { get; }

    /// <inheritdoc />
    public override RemedyType Type { get; }

    /// <summary>The declaring node: the let, for, quantifier, pipeline stage or capture.</summary>
    public SyntaxNode? Declaration { get; }

    /// <summary>For a let or capture: the expression that gives the value.</summary>
    public Expression? Value { get; }

    /// <inheritdoc />
    public override string Display => Kind switch
    {
        SymbolKind.It => $"it: {Type.DisplayName} (the current item of the pipeline)",
        SymbolKind.Alert => "alert: the alert that started the run (name, labels, annotations, value, severity, starts_at, fingerprint)",
        SymbolKind.Metric => $"metric {Name}: {Type.DisplayName} (from the playbook's recorded outcomes)",
        _ => $"{KindText} {Name}: {Type.DisplayName}",
    };
}
