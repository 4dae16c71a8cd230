using System.Collections.Immutable;
using Remedy.Compiler.Types;
using Remedy.Syntax.Language;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Symbols;

/// <summary>An <c>action</c>: a call that changes the world, with its declared effect and risk.</summary>
public sealed class ActionSymbol : CallableSymbol
{
    internal ActionSymbol(ActionDecl declaration, string moduleName, string path)
        : base(declaration.Name.Name, moduleName, path, declaration.Name, declaration.Doc)
    {
        Declaration = declaration;
        foreach (var clause in declaration.Clauses)
        {
            switch (clause)
            {
                case EffectClause e: Effect ??= e.Value; break;
                case RiskClause r: Risk ??= r.Value; break;
                case RollbackClause rb: Rollback ??= rb; break;
                case IrreversibleClause i: Irreversible ??= i; break;
                case ProviderClause p: ProviderId ??= p.ProviderId.Value; break;
                case TimeoutClause t when t.Duration is DurationLiteral d: Timeout ??= d.Value; break;
                case CaptureClause c: Captures = Captures.Add(c); break;
            }
        }
    }

    /// <inheritdoc />
    public override SymbolKind Kind => SymbolKind.Action;

    /// <summary>The declaration.</summary>
    public ActionDecl Declaration { get; }

    /// <inheritdoc />
    public override RemedyType Type => BuiltinTypes.Void;

    /// <summary>The declared effect, or null when missing or unknown.</summary>
    public EffectKind? Effect { get; }

    /// <summary>The declared risk, or null when missing or unknown.</summary>
    public RiskLevel? Risk { get; }

    /// <summary>The <c>rollback</c> clause, or null.</summary>
    public RollbackClause? Rollback { get; }

    /// <summary>The <c>irreversible</c> clause, or null.</summary>
    public IrreversibleClause? Irreversible { get; }

    /// <summary>The <c>capture</c> clauses.</summary>
    public ImmutableArray<CaptureClause> Captures { get; } = [];

    /// <inheritdoc />
    public override string? ProviderId { get; }

    /// <inheritdoc />
    public override TimeSpan? Timeout { get; }

    /// <summary>Whether the action changes the world (mutating or destructive).</summary>
    public bool IsMutating => Effect is EffectKind.Mutating or EffectKind.Destructive;

    /// <summary>Whether the action cannot be undone: declared irreversible, or destructive.</summary>
    public bool IsIrreversible => Irreversible is not null || Effect == EffectKind.Destructive;

    /// <inheritdoc />
    public override string Display =>
        $"action {QualifiedName}{Signature}" +
        (Effect is { } e ? $" [{LanguageNames.Name(e)}" + (Risk is { } r ? $", risk {LanguageNames.Name(r)}" : "") + (IsIrreversible ? ", irreversible" : Rollback is not null ? ", has rollback" : "") + "]" : "");
}
