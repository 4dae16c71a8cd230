using Remedy.Compiler.Analysis;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Safety;

/// <summary>
/// RMD1013: two mutating playbooks of one module fire on the same alert, have no distinct
/// priorities, their trigger conditions are not provably disjoint (for example
/// <c>alert.labels["service"] == "a"</c> and <c>== "b"</c> are disjoint), and their targets
/// are not provably disjoint (contradicting scopes or proven field values).
/// </summary>
internal sealed class OverlappingPlaybooksRule : ISafetyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.OverlappingPlaybooks;

    public IEnumerable<Diagnostic> Check(SafetyContext context)
    {
        foreach (var module in context.Analysis.Playbooks.Where(p => p.IsMutating).GroupBy(p => p.Module))
        {
            var playbooks = module.ToList();
            for (var j = 1; j < playbooks.Count; j++)
            {
                for (var i = 0; i < j; i++)
                {
                    var (a, b) = (playbooks[i], playbooks[j]);
                    if (a.Priority is { } pa && b.Priority is { } pb && pa != pb) continue;
                    if (DisjointTargets(a, b)) continue;
                    var overlap = Overlap(a, b);
                    if (overlap is null) continue;
                    yield return SafetyContext.Create(Descriptor, b.Path, overlap.Value.Second.Span,
                        $"playbooks '{a.Name}' ({a.Path}, line {overlap.Value.First.Span.Line}) and '{b.Name}' both act on alert \"{overlap.Value.First.AlertName.Value}\" and nothing proves their triggers exclusive, so both may remediate the same targets at once; give them different 'priority' values or make the conditions exclusive (e.g. different alert.labels[\"service\"])");
                    break;
                }
            }
        }
    }

    private static (TriggerItem First, TriggerItem Second)? Overlap(PlaybookAnalysis a, PlaybookAnalysis b)
    {
        foreach (var ta in a.Triggers)
        {
            foreach (var tb in b.Triggers)
            {
                if (ta.OnResolved != tb.OnResolved || !ta.AlertName.IsConstant || !tb.AlertName.IsConstant) continue;
                if (ta.AlertName.Value != tb.AlertName.Value) continue;
                if (Disjoint(Facts(ta.Condition), Facts(tb.Condition))) continue;
                return (ta, tb);
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the two playbooks provably act on different targets: their scopes contradict
    /// (e.g. namespace "a" and "b"), or every pair of their target lists has a contradicting
    /// proven field value.
    /// </summary>
    private static bool DisjointTargets(PlaybookAnalysis a, PlaybookAnalysis b)
    {
        if (a.Scopes.Any(sa => b.Scopes.Any(sb => sa.Field == sb.Field && sa.Value != sb.Value))) return true;
        if (a.TargetLists.IsEmpty || b.TargetLists.IsEmpty) return false;
        return a.TargetLists.All(ta => b.TargetLists.All(tb =>
            ta.Provenance.Constraints.Any(ca => tb.Provenance.Constraints.Any(cb => ca.Field == cb.Field && ca.Value != cb.Value))));
    }

    private static bool Disjoint(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Any(f => b.TryGetValue(f.Key, out var other) && other != f.Value);

    /// <summary>The equalities a condition requires: <c>alert.labels["k"] == "v"</c> and <c>alert.field == "v"</c>, under <c>and</c>.</summary>
    private static Dictionary<string, string> Facts(Expression? condition)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(condition, facts);
        return facts;
    }

    private static void Collect(Expression? condition, Dictionary<string, string> facts)
    {
        switch (condition)
        {
            case ParenthesizedExpression p:
                Collect(p.Inner, facts);
                break;
            case BinaryExpression { Operator: BinaryOperator.And } and:
                Collect(and.Left, facts);
                Collect(and.Right, facts);
                break;
            case BinaryExpression { Operator: BinaryOperator.Equal } eq:
                if (Key(eq.Left) is { } k1 && eq.Right is StringLiteral { IsConstant: true } v1) facts.TryAdd(k1, v1.Value);
                else if (Key(eq.Right) is { } k2 && eq.Left is StringLiteral { IsConstant: true } v2) facts.TryAdd(k2, v2.Value);
                break;
        }
    }

    private static string? Key(Expression expression) => expression switch
    {
        IndexExpression { Target: MemberExpression { Target: NameExpression { Name.Name: "alert" }, Member: var map }, Index: StringLiteral { IsConstant: true } key }
            => $"{map.Name}[{key.Value}]",
        MemberExpression { Target: NameExpression { Name.Name: "alert" }, Member: var field } => field.Name,
        _ => null,
    };
}
