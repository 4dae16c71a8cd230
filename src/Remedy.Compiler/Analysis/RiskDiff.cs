using System.Collections.Immutable;
using Remedy.Compiler.Workspace;
using Remedy.Syntax.Language;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Analysis;

/// <summary>
/// Compares two versions of playbooks and says whether the new one is riskier: wider scope or
/// blast radius, higher autonomy or an easier promotion, new mutating, destructive or
/// irreversible calls, fewer guards (breaker, rate limit, cooldown, approvers), a longer
/// timeout. Playbooks are matched by module and name. Pure: nothing is run.
/// </summary>
public static class RiskDiff
{
    /// <summary>Compares one old file with one new file (each compiled with the standard library).</summary>
    public static RiskDiffResult Compare(SourceDocument oldDocument, SourceDocument newDocument) =>
        Compare(Compilation.Create([oldDocument]), Compilation.Create([newDocument]));

    /// <summary>Compares the playbooks of two compilations.</summary>
    public static RiskDiffResult Compare(Compilation oldCompilation, Compilation newCompilation)
    {
        var oldPlaybooks = oldCompilation.Analysis.Playbooks
            .GroupBy(Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var findings = new List<RiskFinding>();
        foreach (var playbook in newCompilation.Analysis.Playbooks)
        {
            if (oldPlaybooks.TryGetValue(Key(playbook), out var old)) Compare(old, playbook, findings);
            else if (playbook.IsMutating)
                findings.Add(Finding(RiskFindingKind.MutatingPlaybookAdded, playbook, playbook.Declaration.Name.Span,
                    $"new playbook that changes the world (autonomy up to {LanguageNames.Name(playbook.HighestAutonomy)}, actions {string.Join(", ", MutatingActions(playbook).Keys.Order(StringComparer.Ordinal))})"));
        }
        return new RiskDiffResult([.. findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Span.Start).ThenBy(f => f.Kind)]);
    }

    private static string Key(PlaybookAnalysis playbook) => $"{playbook.Module}.{playbook.Name}";

    private static void Compare(PlaybookAnalysis old, PlaybookAnalysis now, List<RiskFinding> findings)
    {
        var name = now.Declaration.Name.Span;

        if (now.HighestAutonomy > old.HighestAutonomy)
            findings.Add(Finding(RiskFindingKind.AutonomyRaised, now, (SourceSpan?)now.PromoteItem?.Span ?? now.AutonomyItem?.Span ?? name,
                $"highest autonomy raised from {LanguageNames.Name(old.HighestAutonomy)} to {LanguageNames.Name(now.HighestAutonomy)}"));
        if (now.PromoteItem is { } promote)
        {
            var oldRuns = old.PromoteItem?.Runs is IntLiteral o ? o.Value : (long?)null;
            var newRuns = promote.Runs is IntLiteral n ? n.Value : (long?)null;
            if (old.PromoteItem is null)
                findings.Add(Finding(RiskFindingKind.PromotionEased, now, promote.Span, $"promotion to {promote.Level.Name} added"));
            else if (oldRuns is { } or && newRuns is { } nr && nr < or)
                findings.Add(Finding(RiskFindingKind.PromotionEased, now, promote.Span, $"promotion now after {nr} runs instead of {or}"));
        }

        if (old.BlastRadius is not null && now.BlastRadius is null)
            findings.Add(Finding(RiskFindingKind.BlastRadiusRemoved, now, name, "blast_radius removed"));
        else
        {
            var radius = now.BlastRadius?.Span ?? name;
            if (old.MaxTargets is { } oldMax && (now.MaxTargets is not { } newMax || newMax > oldMax))
                findings.Add(Finding(RiskFindingKind.MaxTargetsRaised, now, radius,
                    now.MaxTargets is { } m ? $"max_targets raised from {oldMax} to {m}" : $"max_targets {oldMax} removed"));
            if (old.MaxPercent is { } oldPercent && (now.MaxPercent is not { } newPercent || newPercent > oldPercent))
                findings.Add(Finding(RiskFindingKind.MaxPercentRaised, now, radius,
                    now.MaxPercent is { } p ? $"max_percent raised from {oldPercent}% to {p}%" : $"max_percent {oldPercent}% removed"));
            foreach (var scope in old.Scopes)
            {
                if (now.Scopes.Any(s => s.Field == scope.Field && s.Value == scope.Value)) continue;
                var replaced = now.Scopes.FirstOrDefault(s => s.Field == scope.Field);
                findings.Add(Finding(RiskFindingKind.ScopeWidened, now, replaced?.Span ?? radius,
                    replaced is null ? $"scope {scope.Field} \"{scope.Value}\" removed" : $"scope {scope.Field} changed from \"{scope.Value}\" to \"{replaced.Value}\""));
            }
        }

        var oldLargest = Largest(old);
        var newLargest = Largest(now);
        if (oldLargest.Known && (!newLargest.Known || newLargest.Value > oldLargest.Value))
            findings.Add(Finding(RiskFindingKind.TargetsWidened, now, newLargest.Span ?? name,
                newLargest.Known ? $"a target list may now hold up to {newLargest.Value} targets instead of {oldLargest.Value}" : $"a target list is no longer bounded (was at most {oldLargest.Value})"));

        var oldActions = MutatingActions(old);
        foreach (var (action, call) in MutatingActions(now))
        {
            if (oldActions.ContainsKey(action)) continue;
            var (kind, what) = call.Action.Effect == EffectKind.Destructive ? (RiskFindingKind.NewDestructiveCall, "destructive")
                : call.Action.IsIrreversible ? (RiskFindingKind.NewIrreversibleCall, "irreversible")
                : (RiskFindingKind.NewMutatingCall, "mutating");
            findings.Add(Finding(kind, now, call.Call.Span, $"new {what} call of {action} in step '{call.Step.Name.Name}'"));
        }

        if (old.CircuitBreaker is not null && now.CircuitBreaker is null)
            findings.Add(Finding(RiskFindingKind.CircuitBreakerRemoved, now, name, "circuit_breaker removed"));
        if (old.RateLimit is { } oldRate)
        {
            if (now.RateLimit is not { } newRate)
                findings.Add(Finding(RiskFindingKind.RateLimitLoosened, now, name, "rate_limit removed"));
            else if (RunsPerHour(newRate) is { } n && RunsPerHour(oldRate) is { } o && n > o)
                findings.Add(Finding(RiskFindingKind.RateLimitLoosened, now, newRate.Span, $"rate_limit allows {n:0.##} runs per hour instead of {o:0.##}"));
        }
        var oldCooldown = Cooldown(old);
        var newCooldown = Cooldown(now);
        if (oldCooldown is { } oc && (newCooldown is not { } nc || nc < oc))
            findings.Add(Finding(RiskFindingKind.CooldownLoosened, now, name,
                newCooldown is { } c ? $"per-target cooldown shortened from {DurationText.Format(oc)} to {DurationText.Format(c)}" : $"per-target cooldown {DurationText.Format(oc)} removed"));
        if ((old.Approvers ?? 1) > (now.Approvers ?? 1))
            findings.Add(Finding(RiskFindingKind.ApproversReduced, now, name, $"approvers reduced from {old.Approvers ?? 1} to {now.Approvers ?? 1}"));
        if (old.Timeout is { } oldTimeout && (now.Timeout is not { } newTimeout || newTimeout > oldTimeout))
            findings.Add(Finding(RiskFindingKind.TimeoutLonger, now, name,
                now.Timeout is { } t ? $"timeout raised from {DurationText.Format(oldTimeout)} to {DurationText.Format(t)}" : $"timeout {DurationText.Format(oldTimeout)} removed"));
    }

    private static RiskFinding Finding(RiskFindingKind kind, PlaybookAnalysis playbook, SourceSpan span, string message) =>
        new(kind, playbook.Name, message, playbook.Path, span);

    private static ImmutableDictionary<string, ActionCall> MutatingActions(PlaybookAnalysis playbook) =>
        playbook.MutatingCalls.GroupBy(c => c.Action.QualifiedName).ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static (bool Known, long Value, SourceSpan? Span) Largest(PlaybookAnalysis playbook)
    {
        if (playbook.TargetLists.IsEmpty) return (true, 0, null);
        if (playbook.TargetLists.Any(t => !t.Bound.IsKnown))
            return (false, 0, playbook.TargetLists.First(t => !t.Bound.IsKnown).Expression.Span);
        var largest = playbook.TargetLists.MaxBy(t => t.Bound.Value!.Value)!;
        return (true, largest.Bound.Value!.Value, largest.Expression.Span);
    }

    private static double? RunsPerHour(RateLimitItem rate) =>
        rate is { Count: IntLiteral count, Window: DurationLiteral window } && window.Value > TimeSpan.Zero
            ? count.Value / window.Value.TotalHours
            : null;

    private static TimeSpan? Cooldown(PlaybookAnalysis playbook) =>
        playbook.Declaration.Members.OfType<TargetCooldownItem>().Select(c => c.Duration is DurationLiteral d ? d.Value : (TimeSpan?)null).FirstOrDefault();
}
