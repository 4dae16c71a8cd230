using Remedy.Compiler.Symbols;
using Remedy.Compiler.Types;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Binding;

internal sealed partial class Binder
{
    /// <summary>Reports one problem with a call's arguments.</summary>
    private delegate void ArgumentReporter(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args);

    /// <summary>Resolves what a call calls. <paramref name="reported"/> says whether an error was already reported.</summary>
    private Symbol? ResolveCallee(Expression callee, BindingContext context, out bool reported)
    {
        reported = false;
        var errors = _diagnostics.Count;
        Symbol? symbol = null;
        switch (callee)
        {
            case NameExpression name:
                symbol = BindName(name, context, asCallee: true);
                break;
            case MemberExpression member:
                symbol = ResolveModuleMember(member, context, out var isModuleAccess, asCallee: true);
                if (!isModuleAccess)
                {
                    var type = BindExpression(member, context);
                    if (!type.IsError)
                        Report(DiagnosticCatalog.NotCallable, context.File.Path, callee.Span, Describe(member), $"a value of type {type.DisplayName}");
                }
                break;
            default:
            {
                var type = BindExpression(callee, context);
                if (!type.IsError)
                    Report(DiagnosticCatalog.NotCallable, context.File.Path, callee.Span, Describe(callee), $"a value of type {type.DisplayName}");
                break;
            }
        }
        reported = _diagnostics.Count > errors;
        return symbol;
    }

    private static string Describe(Expression expression) => expression switch
    {
        NameExpression n => n.Name.Name,
        MemberExpression m => $"{Describe(m.Target)}.{m.Member.Name}",
        _ => "this expression",
    };

    private RemedyType BindCall(CallExpression call, BindingContext context, bool asStatement)
    {
        var file = context.File;
        var argumentContext = context.AsExpression("; an action cannot be an argument: call it on its own line inside a step");
        var target = ResolveCallee(call.Callee, context, out _);
        RemedyType result;
        switch (target)
        {
            case null:
                foreach (var argument in call.Arguments) BindExpression(argument.Value, argumentContext);
                result = BuiltinTypes.Error;
                break;
            case QuerySymbol query:
                _callTargets[call] = query;
                BindArguments(call, query, argumentContext, (d, s, a) => Report(d, file.Path, s, a));
                result = query.Type;
                break;
            case ActionSymbol action:
                _callTargets[call] = action;
                if (!(asStatement && context.ActionsAllowed))
                {
                    var hint = context.ActionContextHint.Length > 0 ? context.ActionContextHint
                        : "; call it on its own line inside a step";
                    Report(DiagnosticCatalog.ActionNotStatement, file.Path, call.Span, Describe(call.Callee), hint);
                }
                BindArguments(call, action, argumentContext, (d, s, a) => Report(d, file.Path, s, a));
                result = BuiltinTypes.Void;
                break;
            case BuiltinFunctionSymbol function:
                _callTargets[call] = function;
                result = BindBuiltinCall(call, function, argumentContext);
                break;
            default:
                Report(DiagnosticCatalog.NotCallable, file.Path, call.Callee.Span, Describe(call.Callee),
                    target.Kind == SymbolKind.ImportAlias ? "an imported module" : $"a {target.KindText}");
                foreach (var argument in call.Arguments) BindExpression(argument.Value, argumentContext);
                result = BuiltinTypes.Error;
                break;
        }
        _types[call] = result;
        return !asStatement && result.Kind == TypeKind.Void ? BuiltinTypes.Error : result;
    }

    private void BindArguments(CallExpression call, CallableSymbol target, BindingContext context, ArgumentReporter report)
    {
        var parameters = target.Parameters;
        var assigned = new bool[parameters.Length];
        var seenNamed = false;
        var position = 0;
        var extraReported = false;
        var misplaced = false;
        var positionalCount = call.Arguments.Count(a => a.Name is null);
        foreach (var argument in call.Arguments)
        {
            var type = BindExpression(argument.Value, context);
            ParameterSymbol? parameter = null;
            if (argument.Name is null)
            {
                if (seenNamed)
                {
                    report(DiagnosticCatalog.PositionalAfterNamed, argument.Span);
                    misplaced = true;
                    continue;
                }
                if (position >= parameters.Length)
                {
                    if (!extraReported)
                        report(DiagnosticCatalog.TooManyArguments, argument.Span, target.Name, parameters.Length, positionalCount);
                    extraReported = true;
                    position++;
                    continue;
                }
                parameter = parameters[position++];
            }
            else
            {
                seenNamed = true;
                if (argument.Name.IsMissing) continue;
                parameter = target.FindParameter(argument.Name.Name);
                if (parameter is null)
                {
                    report(DiagnosticCatalog.UnknownArgumentName, argument.Name.Span, target.Name, argument.Name.Name,
                        NameSuggestions.Hint(argument.Name.Name, parameters.Select(p => p.Name)),
                        parameters.IsEmpty ? "none" : string.Join(", ", parameters.Select(p => $"'{p.Name}'")));
                    misplaced = true;
                    continue;
                }
                _symbols[argument.Name] = parameter;
                if (assigned[parameter.Ordinal])
                {
                    report(DiagnosticCatalog.DuplicateArgument, argument.Span, parameter.Name, target.Name);
                    continue;
                }
            }
            assigned[parameter.Ordinal] = true;
            if (type.Kind != TypeKind.Void && !TypeRules.IsAssignable(type, parameter.Type))
                report(DiagnosticCatalog.ArgumentType, argument.Value.Span, parameter.Name, target.Name, parameter.Type.DisplayName, type.DisplayName, ArgumentHint(type, parameter.Type));
        }
        // A misplaced or misnamed argument probably meant a missing parameter: do not report it twice.
        if (misplaced) return;
        for (var i = 0; i < parameters.Length; i++)
        {
            if (assigned[i] || parameters[i].HasDefault) continue;
            report(DiagnosticCatalog.MissingArgument, call.Span, parameters[i].Name, parameters[i].Type.DisplayName, target.Name);
        }
    }

    private static string ArgumentHint(RemedyType actual, RemedyType expected)
    {
        if (actual is ListType { Element: var element } && TypeRules.IsAssignable(element, expected))
            return "; it is a list of them: loop over it with 'for x in ... { }'";
        if (expected is ListType { Element: var wanted } && TypeRules.IsAssignable(actual, wanted))
            return "; wrap it in a list: [x]";
        if (expected.Kind == TypeKind.Duration && TypeRules.IsNumeric(actual)) return "; give the number a unit, e.g. '30s'";
        if (expected.Kind == TypeKind.Percent && TypeRules.IsNumeric(actual)) return "; write it as a percentage, e.g. '25%'";
        return "";
    }

    private RemedyType BindBuiltinCall(CallExpression call, BuiltinFunctionSymbol function, BindingContext context)
    {
        var file = context.File;
        var types = new List<RemedyType>();
        foreach (var argument in call.Arguments)
        {
            types.Add(BindExpression(argument.Value, context));
            if (argument.Name is { IsMissing: false } named)
                Report(DiagnosticCatalog.UnknownArgumentName, file.Path, named.Span, function.Name, named.Name, "", "positional only");
        }
        if (function.SimulationOnly && !context.InSimulationPopulation)
            Report(DiagnosticCatalog.SimulationOnlyFunction, file.Path, call.Span, function.Name);
        if (types.Count > function.Arity)
        {
            Report(DiagnosticCatalog.TooManyArguments, file.Path, call.Arguments[function.Arity].Span, function.Name, function.Arity, types.Count);
            return BuiltinTypes.Error;
        }
        if (types.Count < function.Arity)
        {
            var missing = function.Name switch
            {
                "count" => ("list", "list<T>"),
                "contains" => types.Count == 0 ? ("collection", "list<T> | string") : ("item", "T"),
                _ => (types.Count == 0 ? "a" : "b", "number"),
            };
            Report(DiagnosticCatalog.MissingArgument, file.Path, call.Span, missing.Item1, missing.Item2, function.Name);
            return BuiltinTypes.Error;
        }
        switch (function.Name)
        {
            case "count":
                if (types[0] is not ListType && !types[0].IsError)
                    Report(DiagnosticCatalog.NotAList, file.Path, call.Arguments[0].Value.Span, "'count'", types[0].DisplayName);
                return BuiltinTypes.Int;
            case "contains":
                switch (types[0])
                {
                    case ListType list:
                        if (!TypeRules.IsAssignable(types[1], list.Element) && types[1].Kind != TypeKind.Void)
                            Report(DiagnosticCatalog.ArgumentType, file.Path, call.Arguments[1].Value.Span, "item", "contains", list.Element.DisplayName, types[1].DisplayName, "");
                        break;
                    case { Kind: TypeKind.String }:
                        if (!TypeRules.IsAssignable(types[1], BuiltinTypes.String))
                            Report(DiagnosticCatalog.ArgumentType, file.Path, call.Arguments[1].Value.Span, "item", "contains", "string", types[1].DisplayName, "");
                        break;
                    case { IsError: true }:
                        break;
                    default:
                        Report(DiagnosticCatalog.ArgumentType, file.Path, call.Arguments[0].Value.Span, "collection", "contains", "a list or a string", types[0].DisplayName, "");
                        break;
                }
                return BuiltinTypes.Bool;
            default:
            {
                var allInt = true;
                for (var i = 0; i < 2; i++)
                {
                    if (types[i].Kind == TypeKind.Int || types[i].IsError) continue;
                    allInt = false;
                    if (types[i].Kind != TypeKind.Number)
                        Report(DiagnosticCatalog.ArgumentType, file.Path, call.Arguments[i].Value.Span, i == 0 ? "a" : "b", function.Name, "number", types[i].DisplayName, "");
                }
                return allInt && function.Name is "min" or "max" ? BuiltinTypes.Int : BuiltinTypes.Number;
            }
        }
    }
}
