using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Remedy.Compiler.Analysis;
using Remedy.Compiler.Symbols;
using Remedy.Runtime.Manifest;
using Remedy.Syntax.Language;
using Remedy.Syntax.Tree;
using RuntimeAutonomy = Remedy.Runtime.Manifest.AutonomyLevel;

namespace Remedy.Compiler.Lowering;

internal sealed partial class PlaybookLowerer
{
    private static readonly TimeSpan DefaultPlaybookTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan DefaultCallTimeout = TimeSpan.FromSeconds(30);

    private PlaybookManifest BuildManifest(ImmutableArray<IrNode> body)
    {
        var members = analysis.Declaration.Members;
        var timeout = analysis.Timeout ?? DefaultPlaybookTimeout;
        var stepApprovers = analysis.Steps.Select(s => s.Approvers ?? 0).DefaultIfEmpty(0).Max();
        return new PlaybookManifest
        {
            Name = analysis.Name,
            Module = analysis.Module,
            Autonomy = Autonomy(analysis.DeclaredAutonomy),
            Promotion = Promotion(),
            BlastRadius = analysis.BlastRadius is null ? null : new BlastRadiusPolicy(
                Clamp(analysis.MaxTargets),
                analysis.MaxPercent / 100d,
                analysis.Scopes.FirstOrDefault()?.Field,
                analysis.Scopes.FirstOrDefault()?.Value),
            CircuitBreaker = Breaker(),
            RateLimit = members.OfType<RateLimitItem>().FirstOrDefault() is { } rate && Int(rate.Count) is { } count && Duration(rate.Window) is { } window
                ? new RateLimitPolicy((int)Math.Min(count, int.MaxValue), window)
                : null,
            TargetCooldown = members.OfType<TargetCooldownItem>().Select(c => Duration(c.Duration)).FirstOrDefault(),
            Timeout = timeout,
            // The runtime has one approver count per playbook; a step that asks for more raises it for all, which
            // is stricter, never looser, than what the playbook says.
            Approvers = (int)Math.Clamp(Math.Max(analysis.Approvers ?? 1, stepApprovers), 1, int.MaxValue),
            Steps = [.. analysis.Steps.Select(StepManifestOf)],
            Actions = [.. actions.Values.OrderBy(a => a.QualifiedName, StringComparer.Ordinal).Select(ActionDescriptorOf)],
            Queries = [.. queries.Values.OrderBy(q => q.QualifiedName, StringComparer.Ordinal).Select(q => new QueryDescriptor(q.QualifiedName, q.ProviderId ?? string.Empty, q.Timeout ?? DefaultCallTimeout))],
            Choices = [.. choices],
            Bounds = new ComputedBounds(TargetBound(), analysis.WorstCase ?? timeout),
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceText))),
        };
    }

    private PromotionRule? Promotion()
    {
        if (analysis.PromoteItem is not { } promote || promote.Value is not { } level || Int(promote.Runs) is not { } runs)
        {
            return null;
        }

        var rate = 0d;
        if (promote.Condition is { } condition)
        {
            // The runtime judges promotion on the Wilson lower bound of the success rate; that is the one
            // condition it can enforce, so any other is refused rather than dropped.
            if (condition is BinaryExpression { Operator: BinaryOperator.GreaterOrEqual or BinaryOperator.Greater, Left: NameExpression { Name.Name: "success_rate" }, Right: PercentLiteral percent })
            {
                rate = percent.Value / 100d;
            }
            else
            {
                Unsupported(condition.Span, "this promotion condition", "the runtime judges promotion by 'success_rate >= P%' only");
            }
        }

        return new PromotionRule(Autonomy(level), (int)Math.Min(runs, int.MaxValue), rate);
    }

    private CircuitBreakerPolicy? Breaker()
    {
        if (analysis.CircuitBreaker is not { } breaker)
        {
            return null;
        }

        var trip = breaker.Clauses.OfType<TripClause>().FirstOrDefault();
        var cooldown = breaker.Clauses.OfType<BreakerCooldownClause>().FirstOrDefault();
        return trip is not null && Int(trip.Failures) is { } failures && Duration(trip.Window) is { } window
            ? new CircuitBreakerPolicy((int)Math.Min(failures, int.MaxValue), window, cooldown is null ? window : Duration(cooldown.Duration) ?? window)
            : null;
    }

    private StepManifest StepManifestOf(StepAnalysis step)
    {
        var retry = step.Step.Members.OfType<RetryClause>().FirstOrDefault();
        var timeout = step.Step.Members.OfType<TimeoutClause>().FirstOrDefault();
        var effect = step.Effects.Contains(EffectKind.Destructive) ? Effect.Destructive
            : step.Effects.Contains(EffectKind.Mutating) ? Effect.Mutating
            : Effect.ReadOnly;
        return new StepManifest
        {
            Name = step.Step.Name.Name,
            Title = step.Step.Title?.Value ?? string.Empty,
            Effect = effect,
            Actions = [.. step.Calls.Select(c => c.Action.QualifiedName).Distinct(StringComparer.Ordinal)],
            Retries = (int)Math.Clamp(step.Retries, 0, int.MaxValue),
            Backoff = retry?.Backoff is { } backoff ? Duration(backoff) ?? TimeSpan.Zero : TimeSpan.Zero,
            Timeout = timeout is null ? null : Duration(timeout.Duration),
        };
    }

    private ActionDescriptor ActionDescriptorOf(ActionSymbol action) => new()
    {
        Name = action.QualifiedName,
        ProviderId = action.ProviderId ?? string.Empty,
        Effect = action.Effect switch
        {
            EffectKind.Destructive => Effect.Destructive,
            EffectKind.Mutating => Effect.Mutating,
            _ => Effect.ReadOnly,
        },
        Risk = action.Risk switch
        {
            RiskLevel.Critical => Risk.Critical,
            RiskLevel.High => Risk.High,
            RiskLevel.Medium => Risk.Medium,
            _ => Risk.Low,
        },
        Rollback = Rollback(action),
        IrreversibleReason = action.Irreversible?.Reason.Value ?? (action.Effect == EffectKind.Destructive ? "destructive" : null),
        Timeout = action.Timeout ?? DefaultCallTimeout,
    };

    private RollbackDescriptor? Rollback(ActionSymbol action)
    {
        if (action.Rollback is not { } clause || binding.ActionOf(clause.Call) is not { } undo)
        {
            return null;
        }

        // Each argument of the compensating call names a value the journal holds: a parameter of the action or
        // one of its captures (RMD1016 guarantees it), so the runtime can replay it after a crash.
        var arguments = BoundsAnalyzer.ArgumentsOf(clause.Call, undo)
            .Select(a => new RollbackArgument(a.Parameter.Name, Unwrap(a.Value) is NameExpression name ? name.Name.Name : a.Parameter.Name))
            .ToArray();
        return new RollbackDescriptor(undo.ProviderId ?? string.Empty, arguments);
    }

    // The most distinct targets a run can act on: every list outside a choose, plus the largest option.
    private int? TargetBound()
    {
        var lists = analysis.TargetLists.DistinctBy(t => t.Expression, ReferenceEqualityComparer.Instance).ToList();
        if (lists.Count == 0)
        {
            return 0;
        }

        if (lists.Any(l => l.Bound.Value is null))
        {
            return null;
        }

        var optionOf = analysis.Steps.ToDictionary(s => s.Step, s => s.Option?.Name.Name ?? string.Empty, StepComparer);
        var groups = lists.GroupBy(l => l.Step is null ? string.Empty : optionOf.GetValueOrDefault(l.Step, string.Empty)).ToList();
        var common = groups.Where(g => g.Key.Length == 0).SelectMany(g => g).Sum(l => l.Bound.Value!.Value);
        var largestOption = groups.Where(g => g.Key.Length > 0).Select(g => g.Sum(l => l.Bound.Value!.Value)).DefaultIfEmpty(0).Max();
        return Clamp(common + largestOption);
    }

    private static RuntimeAutonomy Autonomy(Syntax.Language.AutonomyLevel level) => level switch
    {
        Syntax.Language.AutonomyLevel.ObserveOnly => RuntimeAutonomy.ObserveOnly,
        Syntax.Language.AutonomyLevel.Supervised => RuntimeAutonomy.Supervised,
        Syntax.Language.AutonomyLevel.Autonomous => RuntimeAutonomy.Autonomous,
        _ => RuntimeAutonomy.Suggest,
    };

    private static IEqualityComparer<StepDecl> StepComparer => ReferenceEqualityComparer.Instance;

    private static int? Clamp(long? value) => value is { } v ? (int)Math.Clamp(v, 0, int.MaxValue) : null;

    private static long? Int(Expression expression) => expression is IntLiteral i ? i.Value : null;

    private static TimeSpan? Duration(Expression expression) => expression is DurationLiteral d ? d.Value : null;
}
