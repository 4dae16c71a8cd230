using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Formatting;

internal sealed partial class SyntaxPrinter
{
    // ---- declarations -------------------------------------------------------------------------

    private void PrintDeclaration(Declaration declaration)
    {
        switch (declaration)
        {
            case ResourceDecl resource:
                _writer.Write("resource ");
                PrintIdentifier(resource.Name);
                PrintBody(resource, resource.Fields);
                break;
            case QueryDecl query:
                _writer.Write("query ");
                PrintIdentifier(query.Name);
                PrintParameters(query.Parameters);
                if (query.ReturnType is not null)
                {
                    _writer.Write(" -> ");
                    PrintType(query.ReturnType);
                }
                PrintBody(query, query.Clauses.Cast<SyntaxNode>().ToList());
                break;
            case ActionDecl action:
                _writer.Write("action ");
                PrintIdentifier(action.Name);
                PrintParameters(action.Parameters);
                PrintBody(action, action.Clauses.Cast<SyntaxNode>().ToList());
                break;
            case PlaybookDecl playbook:
                _writer.Write("playbook ");
                PrintIdentifier(playbook.Name);
                PrintBody(playbook, playbook.Members.Cast<SyntaxNode>().ToList());
                break;
            case SimulationDecl simulation:
                _writer.Write("simulation ");
                PrintIdentifier(simulation.Name);
                _writer.Write(" for ");
                PrintIdentifier(simulation.Playbook);
                PrintBody(simulation, simulation.Items);
                break;
            default:
                throw new InvalidOperationException($"no layout for declaration {declaration.GetType().Name}");
        }
    }

    private void PrintParameters(IReadOnlyList<Parameter> parameters)
    {
        _writer.Write("(");
        for (var i = 0; i < parameters.Count; i++)
        {
            if (i > 0) _writer.Write(", ");
            var parameter = parameters[i];
            PrintIdentifier(parameter.Name);
            _writer.Write(": ");
            PrintType(parameter.Type);
            if (parameter.Default is not null)
            {
                _writer.Write(" = ");
                PrintExpression(parameter.Default);
            }
        }
        _writer.Write(")");
    }

    // ---- members of bodies ----------------------------------------------------------------------

    private void PrintMember(SyntaxNode member)
    {
        FlushInline(member.Span.Start);
        if (EndsWithBrace(member) && TryPrintOnOneLine(member)) return;
        switch (member)
        {
            // resource fields and library clauses
            case FieldDecl field:
                PrintIdentifier(field.Name);
                _writer.Write(": ");
                PrintType(field.Type);
                break;
            case ProviderClause provider:
                Keyword("provider ", provider.ProviderId);
                break;
            case TimeoutClause timeout:
                Keyword("timeout ", timeout.Duration);
                break;
            case MaxResultsClause maxResults:
                Keyword("max_results ", maxResults.Count);
                break;
            case EffectClause effect:
                _writer.Write("effect ");
                PrintIdentifier(effect.Effect);
                break;
            case RiskClause risk:
                _writer.Write("risk ");
                PrintIdentifier(risk.Risk);
                break;
            case CaptureClause capture:
                _writer.Write("capture ");
                PrintIdentifier(capture.Name);
                _writer.Write(" = ");
                PrintTopExpression(capture.Value);
                break;
            case RollbackClause rollback:
                Keyword("rollback ", rollback.Call);
                break;
            case IrreversibleClause irreversible:
                Keyword("irreversible ", irreversible.Reason);
                break;

            // playbook settings
            case TriggerItem trigger:
                Keyword(trigger.OnResolved ? "trigger resolved " : "trigger alert ", trigger.AlertName);
                if (trigger.Condition is not null) Keyword(" where ", trigger.Condition);
                break;
            case AutonomyItem autonomy:
                _writer.Write("autonomy ");
                PrintIdentifier(autonomy.Level);
                break;
            case PromoteItem promote:
                _writer.Write("promote to ");
                PrintIdentifier(promote.Level);
                Keyword(" after ", promote.Runs);
                _writer.Write(" runs");
                if (promote.Condition is not null) Keyword(" when ", promote.Condition);
                break;
            case BlastRadiusItem blastRadius:
                _writer.Write("blast_radius");
                PrintBody(blastRadius, blastRadius.Clauses);
                break;
            case MaxTargetsClause maxTargets:
                Keyword("max_targets ", maxTargets.Count);
                break;
            case MaxPercentClause maxPercent:
                Keyword("max_percent ", maxPercent.Percent);
                break;
            case ScopeClause scope:
                _writer.Write("scope ");
                PrintIdentifier(scope.Field);
                Keyword(" ", scope.Value);
                break;
            case CircuitBreakerItem breaker:
                _writer.Write("circuit_breaker");
                PrintBody(breaker, breaker.Clauses);
                break;
            case TripClause trip:
                Keyword("trip after ", trip.Failures);
                Keyword(" failures within ", trip.Window);
                break;
            case BreakerCooldownClause cooldown:
                Keyword("cooldown ", cooldown.Duration);
                break;
            case RateLimitItem rateLimit:
                Keyword("rate_limit ", rateLimit.Count);
                Keyword(" per ", rateLimit.Window);
                break;
            case TargetCooldownItem targetCooldown:
                Keyword("cooldown ", targetCooldown.Duration);
                _writer.Write(" per target");
                break;
            case ApproversClause approvers:
                Keyword("approvers ", approvers.Count);
                break;
            case PriorityItem priority:
                Keyword("priority ", priority.Value);
                break;
            case StepDecl step:
                _writer.Write("step ");
                PrintIdentifier(step.Name);
                if (step.Title is not null) Keyword(" ", step.Title);
                PrintBody(step, step.Members.Cast<SyntaxNode>().ToList());
                break;
            case RetryClause retry:
                Keyword("retry ", retry.Count);
                if (retry.Backoff is not null) Keyword(" backoff ", retry.Backoff);
                break;
            case VerifyDecl verify:
                _writer.Write("verify");
                if (verify.Within is not null) Keyword(" within ", verify.Within);
                if (verify.Every is not null) Keyword(" every ", verify.Every);
                PrintBody(verify, verify.Conditions);
                break;
            case ChooseDecl choose:
                _writer.Write("choose remedy by ");
                PrintIdentifier(choose.Policy);
                if (!choose.Parameters.IsEmpty) PrintArguments(choose.Parameters);
                if (choose.FixedOption is not null) Keyword(" ", choose.FixedOption);
                if (choose.Features is not null) Keyword(" features ", choose.Features);
                PrintBody(choose, choose.Options);
                break;
            case OptionDecl option:
                _writer.Write("option ");
                PrintIdentifier(option.Name);
                PrintBody(option, option.Members.Cast<SyntaxNode>().ToList());
                break;
            case HandlerDecl handler:
                _writer.Write(handler.Kind == HandlerKind.Failure ? "on failure" : "on success");
                PrintBody(handler.Body, handler.Body.Statements);
                break;

            // statements
            case LetStatement let:
                _writer.Write("let ");
                PrintIdentifier(let.Name);
                if (let.Type is not null)
                {
                    _writer.Write(": ");
                    PrintType(let.Type);
                }
                _writer.Write(" = ");
                PrintTopExpression(let.Value);
                break;
            case ForStatement loop:
                _writer.Write("for ");
                PrintIdentifier(loop.Variable);
                Keyword(" in ", loop.Source);
                if (loop.Batch is not null) Keyword(" batch ", loop.Batch);
                if (loop.Pause is not null) Keyword(" pause ", loop.Pause);
                PrintBody(loop.Body, loop.Body.Statements);
                break;
            case IfStatement conditional:
                PrintIf(conditional, carried: null);
                break;
            case WaitStatement wait:
                Keyword("wait ", wait.Duration);
                break;
            case RequireStatement require:
                Keyword("require ", require.Condition);
                Keyword(" else abort ", require.Message);
                break;
            case AbortStatement abort:
                Keyword("abort ", abort.Message);
                break;
            case NotifyStatement notify:
                Keyword("notify ", notify.Channel);
                Keyword(" ", notify.Message);
                break;
            case EscalateStatement escalate:
                Keyword("escalate ", escalate.Target);
                break;
            case RollbackStatement:
                _writer.Write("rollback");
                break;
            case ExpressionStatement statement:
                PrintTopExpression(statement.Expression);
                break;

            // verify conditions are bare expressions
            case Expression condition:
                PrintTopExpression(condition);
                break;

            // simulations
            case IncidentsItem incidents:
                Keyword("incidents ", incidents.Count);
                break;
            case SeedItem seed:
                Keyword("seed ", seed.Value);
                break;
            case PopulationItem population:
                _writer.Write("population ");
                PrintIdentifier(population.Name);
                Keyword(" ", population.Count);
                _writer.Write(" of ");
                PrintType(population.Type);
                if (population.Fields is not null) Keyword(" ", population.Fields);
                break;
            case OutcomeItem outcome:
                _writer.Write("outcome ");
                PrintIdentifier(outcome.Option);
                Keyword(" success ", outcome.Success);
                Keyword(" recovery ", outcome.Recovery);
                if (outcome.Condition is not null) Keyword(" when ", outcome.Condition);
                break;
            default:
                throw new InvalidOperationException($"no layout for {member.GetType().Name}");
        }
    }

    private void PrintIf(IfStatement conditional, IReadOnlyList<Comment>? carried)
    {
        Keyword("if ", conditional.Condition);
        PrintBody(conditional.Then, conditional.Then.Statements, carried);
        if (conditional.ElseIf is { } elseIf)
        {
            // Comments between '}' and 'else if' move to the top of the else-if body rather
            // than into the middle of its condition.
            var moved = new List<Comment>();
            if (!_flat)
                while (_comments.NextStartsBefore(elseIf.Condition.Span.Start)) moved.Add(_comments.Take());
            _writer.Write(" else ");
            PrintIf(elseIf, moved);
        }
        else if (conditional.Else is { } otherwise)
        {
            _writer.Write(" else");
            PrintBody(otherwise, otherwise.Statements);
        }
    }

    /// <summary>Writes a keyword (with its spaces) and the expression that follows it.</summary>
    private void Keyword(string keyword, Expression expression)
    {
        _writer.Write(keyword);
        PrintExpression(expression);
    }
}
