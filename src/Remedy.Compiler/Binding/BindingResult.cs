using System.Collections.Immutable;
using Remedy.Compiler.Symbols;
using Remedy.Compiler.Types;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Binding;

/// <summary>Everything the binder learned about a compilation. Read-only once built.</summary>
internal sealed class BindingResult
{
    internal BindingResult(
        ImmutableDictionary<string, ModuleSymbol> modules,
        BuiltinSymbols builtins,
        IReadOnlyDictionary<SyntaxNode, Symbol> symbols,
        IReadOnlyDictionary<Expression, RemedyType> types,
        IReadOnlyDictionary<CallExpression, Symbol> callTargets,
        IReadOnlyDictionary<SyntaxTree, FileContext> files,
        ImmutableArray<BoundPlaybook> playbooks,
        ImmutableArray<ActionSymbol> actions,
        ImmutableArray<RollbackProblem> rollbackProblems,
        ImmutableArray<Diagnostic> diagnostics)
    {
        Modules = modules;
        Builtins = builtins;
        Symbols = symbols;
        Types = types;
        CallTargets = callTargets;
        Files = files;
        Playbooks = playbooks;
        Actions = actions;
        RollbackProblems = rollbackProblems;
        Diagnostics = diagnostics;
    }

    public ImmutableDictionary<string, ModuleSymbol> Modules { get; }
    public BuiltinSymbols Builtins { get; }

    /// <summary>Identifiers and name-bearing nodes (declaring and referencing) to their symbols, by reference.</summary>
    public IReadOnlyDictionary<SyntaxNode, Symbol> Symbols { get; }

    /// <summary>The type of every bound expression, by reference.</summary>
    public IReadOnlyDictionary<Expression, RemedyType> Types { get; }

    /// <summary>What each call calls: a query, action or built-in function.</summary>
    public IReadOnlyDictionary<CallExpression, Symbol> CallTargets { get; }

    public IReadOnlyDictionary<SyntaxTree, FileContext> Files { get; }
    public ImmutableArray<BoundPlaybook> Playbooks { get; }
    public ImmutableArray<ActionSymbol> Actions { get; }
    public ImmutableArray<RollbackProblem> RollbackProblems { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public RemedyType TypeOf(Expression expression) => Types.GetValueOrDefault(expression) ?? BuiltinTypes.Error;

    public Symbol? SymbolOf(SyntaxNode node) => Symbols.GetValueOrDefault(node);

    public ActionSymbol? ActionOf(CallExpression call) => CallTargets.GetValueOrDefault(call) as ActionSymbol;

    public QuerySymbol? QueryOf(CallExpression call) => CallTargets.GetValueOrDefault(call) as QuerySymbol;
}
