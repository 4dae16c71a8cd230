using System.Collections.Immutable;
using Remedy.Compiler.Symbols;
using Remedy.Syntax.Language;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Analysis;

/// <summary>
/// Everything the compiler proves about one playbook: its autonomy, guards, target lists with
/// bounds and provenance, effects per step and worst-case durations.
/// </summary>
public sealed record PlaybookAnalysis
{
    /// <summary>The declaration.</summary>
    public required PlaybookDecl Declaration { get; init; }

    /// <summary>The playbook's symbol.</summary>
    public required DeclarationSymbol Symbol { get; init; }

    /// <summary>The file.</summary>
    public required string Path { get; init; }

    /// <summary>The module.</summary>
    public required string Module { get; init; }

    /// <summary>The name.</summary>
    public string Name => Declaration.Name.Name;

    /// <summary>The declared autonomy (suggest when none is declared, as the runtime assumes).</summary>
    public required AutonomyLevel DeclaredAutonomy { get; init; }

    /// <summary>The <c>promote to</c> level, or null.</summary>
    public required AutonomyLevel? PromotedAutonomy { get; init; }

    /// <summary>The highest autonomy the playbook can reach: the maximum of the declared and promoted levels.</summary>
    public AutonomyLevel HighestAutonomy => PromotedAutonomy is { } p && p > DeclaredAutonomy ? p : DeclaredAutonomy;

    /// <summary>The <c>autonomy</c> item, or null.</summary>
    public required AutonomyItem? AutonomyItem { get; init; }

    /// <summary>The <c>promote</c> item, or null.</summary>
    public required PromoteItem? PromoteItem { get; init; }

    /// <summary>The triggers.</summary>
    public required ImmutableArray<TriggerItem> Triggers { get; init; }

    /// <summary>Whether any trigger is <c>trigger resolved</c>.</summary>
    public bool HasResolvedTrigger => Triggers.Any(t => t.OnResolved);

    /// <summary>The <c>blast_radius</c>, or null.</summary>
    public required BlastRadiusItem? BlastRadius { get; init; }

    /// <summary>The literal <c>max_targets</c>, or null.</summary>
    public required long? MaxTargets { get; init; }

    /// <summary>The literal <c>max_percent</c> (0–100), or null.</summary>
    public required double? MaxPercent { get; init; }

    /// <summary>The <c>scope</c> requirements.</summary>
    public required ImmutableArray<ScopeRequirement> Scopes { get; init; }

    /// <summary>The <c>circuit_breaker</c>, or null.</summary>
    public required CircuitBreakerItem? CircuitBreaker { get; init; }

    /// <summary>The <c>rate_limit</c>, or null.</summary>
    public required RateLimitItem? RateLimit { get; init; }

    /// <summary>The literal playbook <c>timeout</c>, or null.</summary>
    public required TimeSpan? Timeout { get; init; }

    /// <summary>The literal <c>priority</c>, or null.</summary>
    public required long? Priority { get; init; }

    /// <summary>The literal playbook-level <c>approvers</c>, or null.</summary>
    public required long? Approvers { get; init; }

    /// <summary>Every step, including those in options, in source order.</summary>
    public required ImmutableArray<StepAnalysis> Steps { get; init; }

    /// <summary>Every action call in steps, in source order.</summary>
    public required ImmutableArray<ActionCall> Calls { get; init; }

    /// <summary>The calls of mutating or destructive actions.</summary>
    public ImmutableArray<ActionCall> MutatingCalls => Calls.RemoveAll(c => !c.IsMutating);

    /// <summary>Whether the playbook can change the world.</summary>
    public bool IsMutating => Steps.Any(s => s.IsMutating);

    /// <summary>The target lists of mutating calls.</summary>
    public required ImmutableArray<TargetList> TargetLists { get; init; }

    /// <summary>The worst-case duration of a run: steps (the longest option of a choose) plus verify windows; null when unknown.</summary>
    public required TimeSpan? WorstCase { get; init; }

    /// <summary>How the worst case was computed, for messages, e.g. <c>step restart 8m10s + verify 5m</c>.</summary>
    public required string WorstCaseBreakdown { get; init; }
}
