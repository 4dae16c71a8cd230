using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Parsing;

/// <summary>Reports clauses given twice where the language allows one (two <c>effect</c> lines, two <c>autonomy</c> lines...).</summary>
internal static class ClauseChecker
{
    public static void Check(CompilationUnit root, DiagnosticBag diagnostics)
    {
        foreach (var declaration in root.Declarations)
        {
            var owner = declaration.Name.IsMissing ? declaration.Keyword : $"{declaration.Keyword} '{declaration.Name.Name}'";
            switch (declaration)
            {
                case ActionDecl a:
                    Unique(a.Clauses.Cast<Tree.SyntaxNode>(), owner, diagnostics);
                    break;
                case QueryDecl q:
                    Unique(q.Clauses.Cast<Tree.SyntaxNode>(), owner, diagnostics);
                    break;
                case PlaybookDecl p:
                    Unique(p.Members.Cast<Tree.SyntaxNode>().Where(m => ClauseName(m) is not null && m is not TriggerItem), owner, diagnostics);
                    foreach (var member in p.Members)
                    {
                        switch (member)
                        {
                            case BlastRadiusItem b: Unique(b.Clauses, "the blast_radius block", diagnostics); break;
                            case CircuitBreakerItem c: Unique(c.Clauses, "the circuit_breaker block", diagnostics); break;
                        }
                    }
                    foreach (var step in Steps(p))
                        Unique(step.Members.Cast<Tree.SyntaxNode>().Where(m => m is RetryClause or TimeoutClause or ApproversClause), $"step '{step.Name.Name}'", diagnostics);
                    break;
                case SimulationDecl s:
                    Unique(s.Items.Where(i => i is IncidentsItem or SeedItem), owner, diagnostics);
                    break;
            }
        }
    }

    /// <summary>The playbook's steps in source order: its own and its options'. Walking only members (not every node) keeps this cheap, as it runs on every edit.</summary>
    private static IEnumerable<StepDecl> Steps(PlaybookDecl playbook)
    {
        foreach (var member in playbook.Members)
        {
            if (member is StepDecl step) yield return step;
            else if (member is ChooseDecl choose)
                foreach (var option in choose.Options)
                    foreach (var optionMember in option.Members)
                        if (optionMember is StepDecl optionStep) yield return optionStep;
        }
    }

    private static void Unique(IEnumerable<Tree.SyntaxNode> clauses, string owner, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, Tree.SyntaxNode>();
        foreach (var clause in clauses)
        {
            if (ClauseName(clause) is not { } name) continue;
            if (seen.TryGetValue(name, out var first))
                diagnostics.Add(DiagnosticCatalog.DuplicateClause, clause.Span, name, owner, first.Span);
            else
                seen[name] = clause;
        }
    }

    private static string? ClauseName(object node) => node switch
    {
        EffectClause => "effect",
        RiskClause => "risk",
        RollbackClause => "rollback",
        IrreversibleClause => "irreversible",
        TimeoutClause => "timeout",
        ProviderClause => "provider",
        MaxResultsClause => "max_results",
        AutonomyItem => "autonomy",
        PromoteItem => "promote",
        BlastRadiusItem => "blast_radius",
        CircuitBreakerItem => "circuit_breaker",
        RateLimitItem => "rate_limit",
        TargetCooldownItem => "cooldown",
        ApproversClause => "approvers",
        PriorityItem => "priority",
        MaxTargetsClause => "max_targets",
        MaxPercentClause => "max_percent",
        ScopeClause => "scope",
        TripClause => "trip",
        BreakerCooldownClause => "cooldown",
        RetryClause => "retry",
        IncidentsItem => "incidents",
        SeedItem => "seed",
        _ => null,
    };
}
