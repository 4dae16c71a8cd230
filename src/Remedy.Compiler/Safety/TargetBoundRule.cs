using Remedy.Syntax.Diagnostics;

namespace Remedy.Compiler.Safety;

/// <summary>
/// RMD1005: a target list whose static upper bound exceeds <c>max_targets</c> (error), or
/// whose bound is unknown (warning: the runtime guard refuses a run over the limit).
/// </summary>
internal sealed class TargetBoundRule : ISafetyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.TargetBoundExceeded;

    public IEnumerable<Diagnostic> Check(SafetyContext context)
    {
        foreach (var playbook in context.Analysis.Playbooks)
        {
            if (playbook.MaxTargets is not { } max) continue;
            foreach (var list in playbook.TargetLists)
            {
                var take = list.Provenance.HasTake ? "" : ", no `take`";
                if (list.Bound.Value is { } bound)
                {
                    if (bound <= max) continue;
                    yield return SafetyContext.Create(Descriptor, playbook.Path, list.Expression.Span,
                        $"{list.Display} may hold up to {bound} targets ({list.Bound.Reason}{take}); `max_targets` is {max}. Add `| take {max}` or raise `max_targets`");
                }
                else
                {
                    yield return SafetyContext.Create(Descriptor, playbook.Path, list.Expression.Span,
                        $"the number of targets in {list.Display} is not known statically ({list.Bound.Reason}{take}); a runtime guard will refuse a run with more than {max}. Add `| take {max}` to prove the bound",
                        DiagnosticSeverity.Warning);
                }
            }
        }
    }
}
