using System.Collections.Immutable;
using Remedy.Compiler.Symbols;
using Remedy.Compiler.Types;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Language;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Binding;

internal sealed partial class Binder
{
    private void BindBodies(FileContext file)
    {
        foreach (var declaration in file.Tree.Root.Declarations)
        {
            var symbol = _symbols.GetValueOrDefault(declaration.Name);
            switch (declaration)
            {
                case QueryDecl q: BindQuery(q, symbol as QuerySymbol, file); break;
                case ActionDecl a: BindAction(a, symbol as ActionSymbol, file); break;
                case PlaybookDecl p: BindPlaybook(p, symbol as DeclarationSymbol, file); break;
                case SimulationDecl s: BindSimulation(s, file); break;
            }
        }
    }

    private BindingContext LibraryContext(FileContext file, Scope scope) =>
        new(file, scope, ActionsAllowed: false, InSimulationPopulation: false, InPlaybook: false,
            ActionContextHint: "; queries and actions cannot call actions");

    private void BindParameterDefaults(ImmutableArray<Parameter> parameters, CallableSymbol? symbol, FileContext file)
    {
        var context = LibraryContext(file, file.FileScope);
        foreach (var parameter in parameters)
        {
            if (parameter.Default is null) continue;
            var type = BindExpression(parameter.Default, context);
            var declared = symbol?.FindParameter(parameter.Name.Name)?.Type ?? BuiltinTypes.Error;
            ExpectType(parameter.Default, type, declared, file, $"; the default of '{parameter.Name.Name}' must be {declared.DisplayName}");
        }
    }

    private void BindQuery(QueryDecl query, QuerySymbol? symbol, FileContext file)
    {
        BindParameterDefaults(query.Parameters, symbol, file);
        var context = LibraryContext(file, file.FileScope);
        foreach (var clause in query.Clauses)
        {
            switch (clause)
            {
                case TimeoutClause t: CheckSetting(t.Duration, "timeout", SettingKind.Duration, context); break;
                case MaxResultsClause m: CheckSetting(m.Count, "max_results", SettingKind.Count, context); break;
            }
        }
        if (!query.Name.IsMissing && !query.Clauses.OfType<ProviderClause>().Any())
            Report(DiagnosticCatalog.MissingClause, file.Path, query.Name.Span, "query", query.Name.Name, "provider", "provider \"<id>\"");
    }

    private void BindAction(ActionDecl action, ActionSymbol? symbol, FileContext file)
    {
        BindParameterDefaults(action.Parameters, symbol, file);
        var scope = file.FileScope.Push("action");
        if (symbol is not null)
            foreach (var parameter in symbol.Parameters) scope = scope.With(parameter);

        var context = LibraryContext(file, scope);
        foreach (var clause in action.Clauses)
        {
            switch (clause)
            {
                case TimeoutClause t:
                    CheckSetting(t.Duration, "timeout", SettingKind.Duration, context);
                    break;
                case CaptureClause c:
                {
                    var type = BindExpression(c.Value, context);
                    if (c.Name.IsMissing) break;
                    if (context.Scope.LookupLocal(c.Name.Name) is { } existing)
                    {
                        Report(DiagnosticCatalog.DuplicateName, file.Path, c.Name.Span, c.Name.Name, "action",
                            existing.NameNode is { } node ? $"line {node.Span.Line}" : "the parameter list");
                        break;
                    }
                    var capture = new LocalSymbol(c.Name.Name, SymbolKind.Capture, type, file.Path, c.Name, c, c.Value);
                    _symbols[c.Name] = capture;
                    context = context.WithSymbol(capture);
                    break;
                }
            }
        }
        // The rollback sees every capture, wherever it is written in the action.
        foreach (var clause in action.Clauses)
            if (clause is RollbackClause r) BindRollback(r, symbol, context);

        if (action.Name.IsMissing || symbol is null) return;
        var name = action.Name.Name;
        if (!action.Clauses.OfType<EffectClause>().Any())
            Report(DiagnosticCatalog.MissingClause, file.Path, action.Name.Span, "action", name, "effect", "effect read_only | mutating | destructive");
        if (!action.Clauses.OfType<RiskClause>().Any())
            Report(DiagnosticCatalog.MissingClause, file.Path, action.Name.Span, "action", name, "risk", "risk low | medium | high | critical");
        if (!action.Clauses.OfType<ProviderClause>().Any())
            Report(DiagnosticCatalog.MissingClause, file.Path, action.Name.Span, "action", name, "provider", "provider \"<id>\"");
        if (symbol.Rollback is not null && symbol.Irreversible is not null)
            Report(DiagnosticCatalog.RollbackAndIrreversible, file.Path, symbol.Irreversible.Span, name);
        if (symbol.Effect == EffectKind.Destructive && symbol.Irreversible is null)
            Report(DiagnosticCatalog.DestructiveNotIrreversible, file.Path, action.Name.Span, name,
                symbol.Rollback is not null ? "; a destructive action cannot be rolled back, so replace the rollback with the reason" : "; say why it cannot be undone");
    }

    private void BindRollback(RollbackClause rollback, ActionSymbol? owner, BindingContext context)
    {
        var call = rollback.Call;
        var file = context.File;
        var target = ResolveCallee(call.Callee, context, out var reported);
        if (target is null)
        {
            if (!reported) _rollbackProblems.Add(new RollbackProblem(file.Path, call.Callee.Span, "the rollback does not name an action"));
            foreach (var argument in call.Arguments) BindExpression(argument.Value, context);
            return;
        }
        _callTargets[call] = target;
        if (target is not ActionSymbol action)
        {
            _rollbackProblems.Add(new RollbackProblem(file.Path, call.Callee.Span,
                $"the rollback of '{owner?.Name}' calls {target.KindText} '{target.Name}', which changes nothing; a rollback must call an action that undoes '{owner?.Name}'"));
            foreach (var argument in call.Arguments) BindExpression(argument.Value, context);
            return;
        }
        _types[call] = BuiltinTypes.Void;
        var prefix = $"the rollback of '{owner?.Name}' is mistyped: ";
        BindArguments(call, action, context, (descriptor, span, args) =>
            _rollbackProblems.Add(new RollbackProblem(file.Path, span, prefix + Diagnostic.Create(descriptor, file.Path, span, args).Message)));
    }

    // ---- settings ----------------------------------------------------------------------

    private void CheckSetting(Expression value, string setting, SettingKind kind, BindingContext context)
    {
        var type = BindExpression(value, context.AsExpression("; settings take literal values"));
        if (type.IsError) return;
        var (expected, ok) = kind switch
        {
            SettingKind.Duration => ("a duration such as 30s or 5m", type.Kind == TypeKind.Duration),
            SettingKind.Percent => ("a percentage such as 25%", type.Kind == TypeKind.Percent),
            _ => ("a non-negative int", type.Kind == TypeKind.Int),
        };
        if (!ok)
        {
            Report(DiagnosticCatalog.InvalidSetting, context.File.Path, value.Span, setting, expected, type.DisplayName);
            return;
        }
        if (kind == SettingKind.Count && value is UnaryExpression { Operator: UnaryOperator.Negate })
            Report(DiagnosticCatalog.InvalidSetting, context.File.Path, value.Span, setting, expected, "negative");
    }
}
