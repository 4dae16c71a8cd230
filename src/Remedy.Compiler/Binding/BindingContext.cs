using Remedy.Compiler.Symbols;

namespace Remedy.Compiler.Binding;

/// <summary>Where an expression is being bound, which decides what it may contain.</summary>
/// <param name="File">The file.</param>
/// <param name="Scope">The names in scope.</param>
/// <param name="ActionsAllowed">Whether an action call is allowed here (a statement directly inside a step).</param>
/// <param name="InSimulationPopulation">Whether random functions (uniform, normal) are allowed.</param>
/// <param name="InPlaybook">Whether <c>alert</c> is meaningful here.</param>
/// <param name="ActionContextHint">The tail of the message when an action call is not allowed here.</param>
internal sealed record BindingContext(FileContext File, Scope Scope, bool ActionsAllowed, bool InSimulationPopulation, bool InPlaybook, string ActionContextHint)
{
    public BindingContext WithScope(Scope scope) => this with { Scope = scope };

    public BindingContext AsExpression(string hint) => this with { ActionsAllowed = false, ActionContextHint = hint };

    public BindingContext WithSymbol(Symbol symbol) => this with { Scope = Scope.With(symbol) };
}
