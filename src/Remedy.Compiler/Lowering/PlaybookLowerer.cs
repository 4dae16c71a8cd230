using System.Collections.Immutable;
using Remedy.Compiler.Analysis;
using Remedy.Compiler.Binding;
using Remedy.Compiler.Symbols;
using Remedy.Runtime.Manifest;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Lowering;

/// <summary>
/// Lowers one checked playbook to the IR: names resolve to unique C# locals, calls to manifest names with every
/// argument in declaration order, action arguments to locals with their captures, target loops to target
/// declarations with their population, and the manifest is computed from the analysis. The instance holds the
/// state of one lowering and is discarded afterwards.
/// </summary>
internal sealed partial class PlaybookLowerer
{
    private readonly BindingResult binding;
    private readonly PlaybookAnalysis analysis;
    private readonly string sourceText;
    private readonly NameAllocator names = new();
    private readonly Dictionary<Symbol, string> locals = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Symbol, IrExpression> populations = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, QuerySymbol> queries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActionSymbol> actions = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> diagnostics = [];
    private readonly Stack<string> its = new();
    private readonly Dictionary<string, int> decisionNames = new(StringComparer.Ordinal);
    private readonly List<ChoiceManifest> choices = [];
    private int lambdaDepth;

    private static IEqualityComparer<Symbol> SymbolComparer => ReferenceEqualityComparer.Instance;

    private PlaybookLowerer(BindingResult binding, PlaybookAnalysis analysis, string sourceText)
    {
        this.binding = binding;
        this.analysis = analysis;
        this.sourceText = sourceText;
    }

    /// <summary>Lowers every playbook of a compilation that has no errors.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <returns>The lowered playbooks and any RMD2006 diagnostics.</returns>
    public static LoweringResult LowerAll(Compilation compilation)
    {
        var playbooks = ImmutableArray.CreateBuilder<IrPlaybook>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var texts = compilation.SyntaxTrees.ToDictionary(t => t.Path, t => t.Source.Text, StringComparer.Ordinal);
        foreach (var analysis in compilation.Analysis.Playbooks)
        {
            // Playbooks come from the caller's files only; the standard library declares none.
            if (!texts.TryGetValue(analysis.Path, out var text))
            {
                continue;
            }

            var lowerer = new PlaybookLowerer(compilation.Binding, analysis, text);
            var playbook = lowerer.Lower();
            diagnostics.AddRange(lowerer.diagnostics);
            if (lowerer.diagnostics.Count == 0)
            {
                playbooks.Add(playbook);
            }
        }

        return new LoweringResult(playbooks.ToImmutable(), diagnostics.ToImmutable());
    }

    private IrPlaybook Lower()
    {
        var declaration = analysis.Declaration;
        // Triggers first, while no let has a local: a condition is evaluated before any run exists, so it may read
        // only the alert and constants, and a reference to a let is reported instead of emitted.
        var conditions = LowerTriggers();
        var body = new List<IrNode>();
        var topLevel = new Dictionary<Symbol, string>(SymbolComparer);
        foreach (var member in declaration.Members)
        {
            switch (member)
            {
                case LetStatement let:
                    body.AddRange(LowerLet(let));
                    if ((binding.SymbolOf(let.Name) ?? binding.SymbolOf(let)) is { } letSymbol && locals.TryGetValue(letSymbol, out var letLocal))
                    {
                        topLevel[letSymbol] = letLocal;
                    }

                    break;
                case StepDecl step:
                    body.Add(LowerStep(step));
                    break;
                case VerifyDecl verify:
                    body.Add(LowerVerify(verify));
                    break;
                case ChooseDecl choose:
                    body.Add(LowerChoose(choose));
                    break;
            }
        }

        // Handlers come last: they are separate methods, and the lets they use are kept by the run for them.
        var handlers = declaration.Members.OfType<HandlerDecl>().ToList();
        var onSuccess = LowerHandler(handlers.FirstOrDefault(h => h.Kind == HandlerKind.Success), topLevel, body);
        var onFailure = LowerHandler(handlers.FirstOrDefault(h => h.Kind == HandlerKind.Failure), topLevel, body);
        var bodyNodes = body.ToImmutableArray();
        var manifest = BuildManifest(bodyNodes);
        return new IrPlaybook(Names.Namespace(analysis.Module), Names.Class(analysis.Name), analysis.Path, manifest, bodyNodes, onSuccess, onFailure, declaration.Span)
        {
            TriggerConditions = conditions.Any(c => c is not null) ? conditions : [],
        };
    }

    private ImmutableArray<IrExpression?> LowerTriggers()
    {
        var conditions = ImmutableArray.CreateBuilder<IrExpression?>();
        foreach (var trigger in analysis.Triggers)
        {
            if (trigger.Condition is not { } condition)
            {
                conditions.Add(null);
                continue;
            }

            var queriesBefore = queries.Count;
            conditions.Add(LowerExpression(condition));
            if (queries.Count != queriesBefore)
            {
                Unsupported(condition.Span, "a query in a trigger condition", "the condition is decided from the alert alone, before a run starts");
            }
        }

        return conditions.ToImmutable();
    }

    private ImmutableArray<IrNode> LowerHandler(HandlerDecl? handler, Dictionary<Symbol, string> topLevel, List<IrNode> body)
    {
        if (handler is null)
        {
            return [];
        }

        var used = handler.Body.DescendantsAndSelf().OfType<NameExpression>()
            .Select(Resolve).OfType<Symbol>()
            .Where(topLevel.ContainsKey)
            .Select(symbol => topLevel[symbol])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var prelude = new List<IrNode>();
        foreach (var local in used)
        {
            var let = body.OfType<IrLet>().First(l => l.Local == local);
            var keep = new IrKeep(local, let.Span);
            if (!body.Contains(keep))
            {
                body.Insert(body.IndexOf(let) + 1, keep);
            }

            prelude.Add(new IrLet(local, new IrKept(local, handler.Span), handler.Span));
        }

        return [.. prelude, .. LowerBlock(handler.Body, targetLoop: null)];
    }

    private IEnumerable<IrNode> LowerLet(LetStatement let)
    {
        var symbol = binding.SymbolOf(let.Name) ?? binding.SymbolOf(let);
        var name = names.Allocate(let.Name.Name);
        if (symbol is not null)
        {
            locals[symbol] = name;
        }

        // A list drawn from a query through filters: keep the query's result too, so the population the
        // targets came from (for max_percent) is known at run time.
        if (PipelineRoot(let.Value) is CallExpression root && !ReferenceEquals(root, Unwrap(let.Value)) && binding.QueryOf(root) is not null)
        {
            var source = names.Allocate(let.Name.Name + "_source");
            var query = LowerExpression(root);
            var replacements = new Dictionary<Expression, IrExpression>(ReferenceEqualityComparer.Instance) { [root] = new IrLocal(source, root.Span) };
            var list = LowerExpression(let.Value, replacements);
            if (symbol is not null)
            {
                populations[symbol] = new IrBuiltin("count", [new IrLocal(source, root.Span)], root.Span);
            }

            return [new IrLet(source, query, root.Span), new IrLet(name, list, let.Span)];
        }

        return [new IrLet(name, LowerExpression(let.Value), let.Span)];
    }

    private IrStep LowerStep(StepDecl step)
    {
        var body = ImmutableArray.CreateBuilder<IrNode>();
        foreach (var member in step.Members)
        {
            if (member is Statement statement)
            {
                body.AddRange(LowerStatement(statement, targetLoop: null));
            }
        }

        return new IrStep(step.Name.Name, body.ToImmutable(), step.Span);
    }

    private ImmutableArray<IrNode> LowerBlock(Block block, string? targetLoop) =>
        [.. block.Statements.SelectMany(s => LowerStatement(s, targetLoop))];

    private IEnumerable<IrNode> LowerStatement(Statement statement, string? targetLoop)
    {
        switch (statement)
        {
            case LetStatement let:
                return LowerLet(let);
            case ExpressionStatement { Expression: CallExpression call } when binding.ActionOf(call) is { } action:
                return [LowerInvoke(call, action, targetLoop)];
            case ExpressionStatement expression:
                return [new IrEvaluate(LowerExpression(expression.Expression), expression.Span)];
            case ForStatement loop:
                return LowerFor(loop);
            case IfStatement conditional:
                return [LowerIf(conditional, targetLoop)];
            case WaitStatement wait:
                return [new IrWait(LowerExpression(wait.Duration), wait.Span)];
            case RequireStatement require:
                return [new IrRequire(LowerExpression(require.Condition), LowerExpression(require.Message), require.Span)];
            case AbortStatement abort:
                return [new IrAbort(LowerExpression(abort.Message), abort.Span)];
            case NotifyStatement notify:
                return [new IrNotify(false, LowerExpression(notify.Channel), LowerExpression(notify.Message), notify.Span)];
            case EscalateStatement escalate:
                return [new IrNotify(true, LowerExpression(escalate.Target), new IrLocal(EscalationText, escalate.Span), escalate.Span)];
            case RollbackStatement rollback:
                return [new IrComment("rollback: the runtime compensates the run's mutations, in reverse order, before this handler runs", rollback.Span)];
            default:
                Unsupported(statement.Span, "this statement", "the code generator does not know it");
                return [];
        }
    }

    /// <summary>The local that holds an escalation's text: the failure in <c>on failure</c>, the playbook's name elsewhere.</summary>
    public const string EscalationText = "escalation";

    private IrIf LowerIf(IfStatement conditional, string? targetLoop)
    {
        var otherwise = conditional.ElseIf is { } elseIf ? [LowerIf(elseIf, targetLoop)]
            : conditional.Else is { } block ? LowerBlock(block, targetLoop) : [];
        return new IrIf(LowerExpression(conditional.Condition), LowerBlock(conditional.Then, targetLoop), otherwise, conditional.Span);
    }

    private IEnumerable<IrNode> LowerFor(ForStatement loop)
    {
        var variable = names.Allocate(loop.Variable.Name);
        if (binding.SymbolOf(loop.Variable) is { } symbol)
        {
            locals[symbol] = variable;
        }

        var acts = loop.Body.DescendantsAndSelf().OfType<CallExpression>().Any(c => binding.ActionOf(c) is { IsMutating: true });
        var prelude = new List<IrNode>();
        IrExpression source;
        IrTargets? targets = null;
        if (acts)
        {
            (source, var population) = TargetSource(loop.Source, prelude);
            var list = analysis.TargetLists.FirstOrDefault(t => ReferenceEquals(t.Expression, loop.Source));
            var bound = list?.Bound.Value;
            var guard = bound is null ? analysis.MaxTargets : null;
            targets = new IrTargets(population, bound, guard, list?.Display ?? Describe(loop.Source), loop.Source.Span);
        }
        else
        {
            source = LowerExpression(loop.Source);
        }

        var batch = loop.Batch is null ? null : LowerExpression(loop.Batch);
        var pause = loop.Pause is null ? null : LowerExpression(loop.Pause);
        var body = LowerBlock(loop.Body, acts ? variable : null);
        prelude.Add(new IrForEach(variable, source, targets, batch, pause, body, loop.Span));
        return prelude;
    }

    // The list a target loop iterates and the population it was drawn from.
    private (IrExpression List, IrExpression Population) TargetSource(Expression source, List<IrNode> prelude)
    {
        if (Unwrap(source) is NameExpression name && Resolve(name) is { } symbol && locals.TryGetValue(symbol, out var local))
        {
            var population = populations.GetValueOrDefault(symbol) ?? new IrBuiltin("count", [new IrLocal(local, name.Span)], name.Span);
            return (new IrLocal(local, name.Span), population);
        }

        if (PipelineRoot(source) is CallExpression root && !ReferenceEquals(root, Unwrap(source)) && binding.QueryOf(root) is not null)
        {
            var hoisted = names.Allocate("population");
            prelude.Add(new IrLet(hoisted, LowerExpression(root), root.Span));
            var replacements = new Dictionary<Expression, IrExpression>(ReferenceEqualityComparer.Instance) { [root] = new IrLocal(hoisted, root.Span) };
            return (LowerExpression(source, replacements), new IrBuiltin("count", [new IrLocal(hoisted, root.Span)], root.Span));
        }

        var list = names.Allocate("candidates");
        prelude.Add(new IrLet(list, LowerExpression(source), source.Span));
        return (new IrLocal(list, source.Span), new IrBuiltin("count", [new IrLocal(list, source.Span)], source.Span));
    }

    private IrInvoke LowerInvoke(CallExpression call, ActionSymbol action, string? targetLoop)
    {
        var name = action.QualifiedName;
        actions[name] = action;
        var given = BoundsAnalyzer.ArgumentsOf(call, action).ToDictionary(a => (Symbol)a.Parameter, a => a.Value, SymbolComparer);
        var bindings = ImmutableArray.CreateBuilder<IrBinding>();
        var scope = new Dictionary<Symbol, IrExpression>(ReferenceEqualityComparer.Instance);
        foreach (var parameter in action.Parameters)
        {
            var local = names.Allocate(parameter.Name);
            var value = given.TryGetValue(parameter, out var argument) ? LowerExpression(argument)
                : parameter.Declaration.Default is { } fallback ? LowerExpression(fallback)
                : new IrLiteral(IrLiteralKind.Null, null, call.Span);
            bindings.Add(new IrBinding(parameter.Name, local, value));
            scope[parameter] = new IrLocal(local, call.Span);
        }

        var captures = ImmutableArray.CreateBuilder<IrCapture>();
        foreach (var capture in action.Captures)
        {
            var value = LowerExpression(capture.Value, parameters: scope);
            captures.Add(new IrCapture(capture.Name.Name, value));
            if ((binding.SymbolOf(capture.Name) ?? binding.SymbolOf(capture)) is { } symbol)
            {
                scope[symbol] = value;
            }
        }

        IrExpression target;
        var declare = action.IsMutating;
        if (targetLoop is not null && action.IsMutating)
        {
            target = new IrLocal(targetLoop, call.Span);
            declare = false;
        }
        else
        {
            // The resource the call acts on, else its first argument (a service name, a path).
            var resource = bindings.FirstOrDefault(b => action.FindParameter(b.Parameter)?.Type is Types.ResourceType) ?? bindings.FirstOrDefault();
            target = resource is null ? new IrLiteral(IrLiteralKind.String, action.Name, call.Span) : new IrLocal(resource.Local, call.Span);
        }

        return new IrInvoke(name, action.IsMutating, bindings.ToImmutable(), target, declare, captures.ToImmutable(), call.Span);
    }

    private IrVerify LowerVerify(VerifyDecl verify)
    {
        var conditions = verify.Conditions.Select(c => LowerExpression(c)).ToImmutableArray();
        var within = verify.Within is null ? new IrLiteral(IrLiteralKind.Duration, 0L, verify.Span) : LowerExpression(verify.Within);
        var every = verify.Every is null ? new IrLiteral(IrLiteralKind.Duration, 10_000L, verify.Span) : LowerExpression(verify.Every);
        return new IrVerify(DecisionName("verify"), conditions, within, every, verify.Span);
    }

    private IrChoose LowerChoose(ChooseDecl choose)
    {
        var features = choose.Features?.Items.Select(f => LowerExpression(f)).ToImmutableArray() ?? [];
        var options = ImmutableArray.CreateBuilder<IrOption>();
        foreach (var option in choose.Options)
        {
            var body = ImmutableArray.CreateBuilder<IrNode>();
            foreach (var member in option.Members)
            {
                switch (member)
                {
                    case LetStatement let: body.AddRange(LowerLet(let)); break;
                    case StepDecl step: body.Add(LowerStep(step)); break;
                    case VerifyDecl verify: body.Add(LowerVerify(verify)); break;
                }
            }

            options.Add(new IrOption(option.Name.Name, body.ToImmutable(), option.Span));
        }

        var decision = DecisionName("remedy");
        var policy = choose.Value is { } kind ? Syntax.Language.LanguageNames.Name(kind) : choose.Policy.Name;
        choices.Add(new ChoiceManifest(decision, policy, [.. options.Select(o => o.Name)], choose.FixedOption?.Value, PolicySettingsLowerer.Lower(choose)));
        return new IrChoose(decision, features, options.ToImmutable(), choose.Span);
    }

    private string DecisionName(string kind)
    {
        var count = decisionNames.GetValueOrDefault(kind) + 1;
        decisionNames[kind] = count;
        return count == 1 ? kind : $"{kind}_{count}";
    }

    private static Expression Unwrap(Expression expression) => expression is ParenthesizedExpression p ? Unwrap(p.Inner) : expression;

    private static Expression PipelineRoot(Expression expression)
    {
        var current = Unwrap(expression);
        while (current is PipeExpression pipe)
        {
            current = Unwrap(pipe.Source);
        }

        return current;
    }

    private Symbol? Resolve(NameExpression name) => binding.SymbolOf(name) ?? binding.SymbolOf(name.Name);

    private string Describe(Expression expression) =>
        "`" + (expression.Span.End <= sourceText.Length ? sourceText.Substring(expression.Span.Start, expression.Span.Length) : "the list") + "`";

    private void Unsupported(SourceSpan span, string what, string why) =>
        diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.UnsupportedConstruct, analysis.Path, span, what, why));
}
