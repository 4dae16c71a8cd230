using System.Globalization;
using Remedy.Compiler.Symbols;
using Remedy.Compiler.Types;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Language;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Binding;

internal sealed partial class Binder
{
    private const string LetActionHint = "; call it on its own line inside a step, not in an expression";

    private void BindPlaybook(PlaybookDecl playbook, DeclarationSymbol? symbol, FileContext file)
    {
        if (symbol is not null && ReferenceEquals(symbol.Declaration, playbook)) _playbooks.Add(new BoundPlaybook(playbook, file, symbol));
        var alertScope = file.FileScope.Push("playbook").With(_builtins.AlertVariable);
        var context = new BindingContext(file, alertScope, ActionsAllowed: false, InSimulationPopulation: false, InPlaybook: true, LetActionHint);
        var steps = new Dictionary<string, StepDecl>(StringComparer.Ordinal);

        foreach (var member in playbook.Members)
        {
            switch (member)
            {
                case TriggerItem t:
                    BindExpression(t.AlertName, context with { Scope = alertScope });
                    if (t.Condition is not null) ExpectCondition(t.Condition, "the trigger condition", context with { Scope = alertScope });
                    break;
                case PromoteItem p:
                    CheckSetting(p.Runs, "runs", SettingKind.Count, context);
                    if (p.Condition is not null)
                    {
                        var metrics = file.FileScope.Push("promotion");
                        foreach (var metric in _builtins.Metrics.Values) metrics = metrics.With(metric);
                        ExpectCondition(p.Condition, "the promotion condition", context with { Scope = metrics });
                    }
                    break;
                case BlastRadiusItem b:
                    foreach (var clause in b.Clauses)
                    {
                        switch (clause)
                        {
                            case MaxTargetsClause m: CheckSetting(m.Count, "max_targets", SettingKind.Count, context); break;
                            case MaxPercentClause m: CheckSetting(m.Percent, "max_percent", SettingKind.Percent, context); break;
                            case ScopeClause s: BindExpression(s.Value, context); break;
                        }
                    }
                    break;
                case CircuitBreakerItem c:
                    foreach (var clause in c.Clauses)
                    {
                        switch (clause)
                        {
                            case TripClause t:
                                CheckSetting(t.Failures, "failures", SettingKind.Count, context);
                                CheckSetting(t.Window, "within", SettingKind.Duration, context);
                                break;
                            case BreakerCooldownClause cd: CheckSetting(cd.Duration, "cooldown", SettingKind.Duration, context); break;
                        }
                    }
                    break;
                case RateLimitItem r:
                    CheckSetting(r.Count, "rate_limit", SettingKind.Count, context);
                    CheckSetting(r.Window, "per", SettingKind.Duration, context);
                    break;
                case TargetCooldownItem c: CheckSetting(c.Duration, "cooldown", SettingKind.Duration, context); break;
                case TimeoutClause t: CheckSetting(t.Duration, "timeout", SettingKind.Duration, context); break;
                case ApproversClause a: CheckSetting(a.Count, "approvers", SettingKind.Count, context); break;
                case PriorityItem p: CheckSetting(p.Value, "priority", SettingKind.Count, context); break;
                case LetStatement let: context = BindLet(let, context); break;
                case StepDecl step:
                    DeclareStep(step, steps, file);
                    BindStep(step, context);
                    break;
                case VerifyDecl verify: BindVerify(verify, context); break;
                case ChooseDecl choose: BindChoose(choose, context, steps); break;
                case HandlerDecl handler:
                    BindBlock(handler.Body, context with
                    {
                        Scope = context.Scope.Push("handler"),
                        ActionsAllowed = false,
                        ActionContextHint = "; 'on success' and 'on failure' handlers may only roll back, notify and escalate",
                    });
                    break;
            }
        }
    }

    private void DeclareStep(StepDecl step, Dictionary<string, StepDecl> steps, FileContext file)
    {
        if (step.Name.IsMissing) return;
        if (steps.TryGetValue(step.Name.Name, out var first))
        {
            Report(DiagnosticCatalog.DuplicateName, file.Path, step.Name.Span, step.Name.Name, "playbook", $"line {first.Span.Line}");
            return;
        }
        steps[step.Name.Name] = step;
        _symbols[step.Name] = new DeclarationSymbol(step.Name.Name, SymbolKind.Step, file.Module.Name, file.Path, step.Name, null, step);
    }

    private void BindChoose(ChooseDecl choose, BindingContext context, Dictionary<string, StepDecl> steps)
    {
        var file = context.File;
        if (choose.Value is { } policy) CheckPolicyParameters(choose, policy, file.Path);
        if (choose.Features is not null) BindExpression(choose.Features, context);
        var options = new Dictionary<string, OptionDecl>(StringComparer.Ordinal);
        foreach (var option in choose.Options)
        {
            if (!option.Name.IsMissing)
            {
                if (options.TryGetValue(option.Name.Name, out var first))
                    Report(DiagnosticCatalog.DuplicateName, file.Path, option.Name.Span, option.Name.Name, "choose", $"line {first.Span.Line}");
                else
                {
                    options[option.Name.Name] = option;
                    _symbols[option.Name] = new DeclarationSymbol(option.Name.Name, SymbolKind.Option, file.Module.Name, file.Path, option.Name, null, option);
                }
            }
            var optionContext = context with { Scope = context.Scope.Push("option") };
            foreach (var member in option.Members)
            {
                switch (member)
                {
                    case LetStatement let: optionContext = BindLet(let, optionContext); break;
                    case StepDecl step:
                        DeclareStep(step, steps, file);
                        BindStep(step, optionContext);
                        break;
                    case VerifyDecl verify: BindVerify(verify, optionContext); break;
                }
            }
        }
        if (choose.FixedOption is { IsConstant: true } fixedOption && !options.ContainsKey(fixedOption.Value) && options.Count > 0)
            Report(DiagnosticCatalog.UnknownOption, file.Path, fixedOption.Span, "this", fixedOption.Value, NameSuggestions.Hint(fixedOption.Value, options.Keys));
    }

    /// <summary>Checks <c>by policy(name: value, ...)</c>: each parameter known to the policy, given once, constant, in range.</summary>
    private void CheckPolicyParameters(ChooseDecl choose, PolicyKind policy, string path)
    {
        var policyName = LanguageNames.Name(policy);
        var known = PolicyParameters.For(policy);
        var seen = new Dictionary<string, Argument>(StringComparer.Ordinal);
        foreach (var argument in choose.Parameters)
        {
            if (argument.Name is not { IsMissing: false } name)
            {
                Report(DiagnosticCatalog.UnknownPolicyParameter, path, argument.Span, known.IsEmpty
                    ? $"'{policyName}' takes no parameters; remove this value"
                    : $"policy parameters are written with their name, 'name: value'; '{policyName}' takes {string.Join(", ", known.Select(p => p.Name))}");
                continue;
            }

            if (known.IsEmpty)
            {
                Report(DiagnosticCatalog.UnknownPolicyParameter, path, name.Span, $"'{policyName}' takes no parameters: it always runs the option it names, so remove '{name.Name}'");
                continue;
            }

            if (PolicyParameters.Find(policy, name.Name) is not { } parameter)
            {
                var hint = NameSuggestions.Closest(name.Name, known.Select(p => p.Name)) is { } closest
                    ? $" (did you mean '{closest}'?)"
                    : $"; it takes {string.Join(", ", known.Select(p => p.Name))}";
                Report(DiagnosticCatalog.UnknownPolicyParameter, path, name.Span, $"policy '{policyName}' has no parameter '{name.Name}'{hint}");
                continue;
            }

            if (seen.TryGetValue(name.Name, out var first))
            {
                Report(DiagnosticCatalog.DuplicatePolicyParameter, path, name.Span, name.Name, first.Span.Line);
                continue;
            }

            seen[name.Name] = argument;
            if (PolicyParameterValue.Read(parameter.Type, argument.Value) is not { } values)
            {
                Report(DiagnosticCatalog.PolicyParameterWrongType, path, argument.Value.Span, name.Name, policyName, parameter.Describe(), PolicyParameterValue.Describe(argument.Value));
                continue;
            }

            // A percentage outside 0%–100% was already reported where it was read (RMD0018).
            if (argument.Value is PercentLiteral { Value: < 0 or > 100 }) continue;
            if (parameter.Type != PolicyParameterType.Bool && values.FirstOrDefault(v => !parameter.InRange(v), double.NaN) is var bad && !double.IsNaN(bad))
            {
                var shown = parameter.Type == PolicyParameterType.Fraction && argument.Value is PercentLiteral
                    ? (bad * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%"
                    : bad.ToString("0.##", CultureInfo.InvariantCulture);
                Report(DiagnosticCatalog.PolicyParameterRange, path, argument.Value.Span, name.Name, policyName, parameter.Describe(), shown);
            }
        }
    }

    private void BindVerify(VerifyDecl verify, BindingContext context)
    {
        if (verify.Within is not null) CheckSetting(verify.Within, "within", SettingKind.Duration, context);
        if (verify.Every is not null) CheckSetting(verify.Every, "every", SettingKind.Duration, context);
        foreach (var condition in verify.Conditions) ExpectCondition(condition, "a verify condition", context);
    }

    private void BindStep(StepDecl step, BindingContext outer)
    {
        var context = outer with { Scope = outer.Scope.Push("step"), ActionsAllowed = true, ActionContextHint = "" };
        if (step.Title is not null) BindExpression(step.Title, context);
        foreach (var member in step.Members)
        {
            switch (member)
            {
                case RetryClause r:
                    CheckSetting(r.Count, "retry", SettingKind.Count, context);
                    if (r.Backoff is not null) CheckSetting(r.Backoff, "backoff", SettingKind.Duration, context);
                    break;
                case TimeoutClause t: CheckSetting(t.Duration, "timeout", SettingKind.Duration, context); break;
                case ApproversClause a: CheckSetting(a.Count, "approvers", SettingKind.Count, context); break;
                case Statement s: context = BindStatement(s, context); break;
            }
        }
    }

    private void BindBlock(Block block, BindingContext context)
    {
        foreach (var statement in block.Statements) context = BindStatement(statement, context);
    }

    private BindingContext BindLet(LetStatement let, BindingContext context)
    {
        var file = context.File;
        var type = BindExpression(let.Value, context.AsExpression(LetActionHint));
        if (let.Type is not null)
        {
            var declared = ResolveType(let.Type, file);
            ExpectType(let.Value, type, declared, file, $"; '{let.Name.Name}' is declared as {declared.DisplayName}");
            if (!declared.IsError) type = declared;
        }
        if (let.Name.IsMissing) return context;
        if (context.Scope.LookupLocal(let.Name.Name) is { } existing)
        {
            Report(DiagnosticCatalog.DuplicateName, file.Path, let.Name.Span, let.Name.Name, context.Scope.Description,
                existing.NameNode is { } node ? $"line {node.Span.Line}" : "an earlier line");
            return context;
        }
        var symbol = new LocalSymbol(let.Name.Name, SymbolKind.Let, type, file.Path, let.Name, let, let.Value);
        _symbols[let.Name] = symbol;
        return context.WithSymbol(symbol);
    }

    private BindingContext BindStatement(Statement statement, BindingContext context)
    {
        var file = context.File;
        switch (statement)
        {
            case LetStatement let:
                return BindLet(let, context);
            case ForStatement f:
            {
                var sourceType = BindExpression(f.Source, context.AsExpression(LetActionHint));
                var element = ElementOf(sourceType, f.Source, "a 'for' loop", file);
                if (f.Batch is not null) CheckSetting(f.Batch, "batch", SettingKind.Count, context);
                if (f.Pause is not null) CheckSetting(f.Pause, "pause", SettingKind.Duration, context);
                var body = context with { Scope = context.Scope.Push("loop") };
                if (!f.Variable.IsMissing)
                {
                    var variable = new LocalSymbol(f.Variable.Name, SymbolKind.LoopVariable, element, file.Path, f.Variable, f, null);
                    _symbols[f.Variable] = variable;
                    body = body.WithSymbol(variable);
                }
                BindBlock(f.Body, body);
                return context;
            }
            case IfStatement i:
                BindIf(i, context);
                return context;
            case WaitStatement w:
                CheckSetting(w.Duration, "wait", SettingKind.Duration, context);
                return context;
            case RequireStatement r:
                ExpectCondition(r.Condition, "the require condition", context);
                BindExpression(r.Message, context);
                return context;
            case AbortStatement a:
                BindExpression(a.Message, context);
                return context;
            case NotifyStatement n:
                if (StatementAction("notify") is { } notify) _symbols[n] = notify;
                ExpectType(n.Channel, BindExpression(n.Channel, context.AsExpression(LetActionHint)), BuiltinTypes.String, file, "; the channel of 'notify' is a string");
                ExpectType(n.Message, BindExpression(n.Message, context.AsExpression(LetActionHint)), BuiltinTypes.String, file, "; the text of 'notify' is a string");
                return context;
            case EscalateStatement e:
                if (StatementAction("escalate") is { } escalate) _symbols[e] = escalate;
                ExpectType(e.Target, BindExpression(e.Target, context.AsExpression(LetActionHint)), BuiltinTypes.String, file, "; 'escalate' takes the channel to page as a string");
                return context;
            case RollbackStatement:
                return context;
            case ExpressionStatement { Expression: CallExpression call }:
                BindCall(call, context, asStatement: true);
                return context;
            case ExpressionStatement s:
            {
                var type = BindExpression(s.Expression, context);
                if (!type.IsError)
                    Report(DiagnosticCatalog.UselessStatement, file.Path, s.Expression.Span, type.Kind == TypeKind.Bool ? "condition" : "expression");
                return context;
            }
            default:
                return context;
        }
    }

    /// <summary>The std.notify action a <c>notify</c> or <c>escalate</c> statement stands for, when the library is loaded.</summary>
    private ActionSymbol? StatementAction(string name) =>
        _modules.GetValueOrDefault("std.notify")?.Members.GetValueOrDefault(name) as ActionSymbol;

    private void BindIf(IfStatement statement, BindingContext context)
    {
        ExpectCondition(statement.Condition, "the 'if' condition", context);
        BindBlock(statement.Then, context with { Scope = context.Scope.Push("block") });
        if (statement.ElseIf is not null) BindIf(statement.ElseIf, context);
        if (statement.Else is not null) BindBlock(statement.Else, context with { Scope = context.Scope.Push("block") });
    }

    // ---- simulations ---------------------------------------------------------------------

    private void BindSimulation(SimulationDecl simulation, FileContext file)
    {
        PlaybookDecl? playbook = null;
        if (!simulation.Playbook.IsMissing)
        {
            var target = file.Module.Members.GetValueOrDefault(simulation.Playbook.Name);
            if (target is DeclarationSymbol { Kind: SymbolKind.Playbook } p)
            {
                _symbols[simulation.Playbook] = p;
                playbook = (PlaybookDecl)p.Declaration;
            }
            else
            {
                var playbooks = file.Module.Members.Values.Where(m => m.Kind == SymbolKind.Playbook).Select(m => m.Name);
                Report(DiagnosticCatalog.UndefinedName, file.Path, simulation.Playbook.Span, simulation.Playbook.Name,
                    NameSuggestions.Hint(simulation.Playbook.Name, playbooks) + $"; a simulation names a playbook of module '{file.Module.Name}'");
            }
        }
        var scope = file.FileScope.Push("simulation").With(_builtins.AlertVariable);
        var context = new BindingContext(file, scope, false, false, true, "; a simulation cannot call actions");
        var options = playbook?.Members.OfType<ChooseDecl>().SelectMany(c => c.Options).Where(o => !o.Name.IsMissing)
            .GroupBy(o => o.Name.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var item in simulation.Items)
        {
            switch (item)
            {
                case IncidentsItem i: CheckSetting(i.Count, "incidents", SettingKind.Count, context); break;
                case SeedItem s: CheckSetting(s.Value, "seed", SettingKind.Count, context); break;
                case PopulationItem p: BindPopulation(p, context); break;
                case OutcomeItem o:
                    if (options is not null && !o.Option.IsMissing)
                    {
                        if (options.TryGetValue(o.Option.Name, out var option))
                        {
                            if (_symbols.GetValueOrDefault(option.Name) is { } optionSymbol) _symbols[o.Option] = optionSymbol;
                        }
                        else Report(DiagnosticCatalog.UnknownOption, file.Path, o.Option.Span, playbook!.Name.Name, o.Option.Name, NameSuggestions.Hint(o.Option.Name, options.Keys));
                    }
                    CheckSetting(o.Success, "success", SettingKind.Percent, context);
                    CheckSetting(o.Recovery, "recovery", SettingKind.Duration, context);
                    if (o.Condition is not null) ExpectCondition(o.Condition, "the outcome condition", context);
                    break;
            }
        }
    }

    private void BindPopulation(PopulationItem population, BindingContext context)
    {
        var file = context.File;
        CheckSetting(population.Count, "population", SettingKind.Count, context);
        var type = ResolveType(population.Type, file);
        if (!population.Name.IsMissing)
            _symbols[population.Name] = new LocalSymbol(population.Name.Name, SymbolKind.Population, new ListType(type), file.Path, population.Name, population, null);
        if (population.Fields is null) return;
        var resource = (type as ResourceType)?.Symbol;
        if (resource is null && !type.IsError)
            Report(DiagnosticCatalog.TypeMismatch, file.Path, population.Type.Span, "a resource", type.DisplayName, "; a population is made of resources");
        var values = context with { InSimulationPopulation = true };
        foreach (var field in population.Fields.Fields)
        {
            var valueType = BindExpression(field.Value, values);
            if (resource is null || field.Name.IsMissing) continue;
            var symbol = resource.FindField(field.Name.Name);
            if (symbol is null)
            {
                Report(DiagnosticCatalog.UnknownField, file.Path, field.Name.Span, resource.QualifiedName, field.Name.Name,
                    NameSuggestions.Hint(field.Name.Name, resource.Fields.Select(f => f.Name)));
                continue;
            }
            _symbols[field.Name] = symbol;
            ExpectType(field.Value, valueType, symbol.Type, file, $"; field '{symbol.Name}' of {resource.QualifiedName} is {symbol.Type.DisplayName}");
        }
    }
}
