using Remedy.Syntax.Diagnostics;

namespace Remedy.Compiler.Safety;

/// <summary>RMD1015: a mutating call reachable from a <c>trigger resolved</c>: acting on an alert that already cleared.</summary>
internal sealed class ResolvedTriggerRule : ISafetyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.MutationOnResolved;

    public IEnumerable<Diagnostic> Check(SafetyContext context)
    {
        foreach (var playbook in context.Analysis.Playbooks)
        {
            if (!playbook.HasResolvedTrigger) continue;
            var trigger = playbook.Triggers.First(t => t.OnResolved);
            foreach (var call in playbook.MutatingCalls)
            {
                yield return SafetyContext.Create(Descriptor, playbook.Path, call.Call.Span,
                    $"playbook '{playbook.Name}' runs when alert \"{trigger.AlertName.Value}\" has resolved (line {trigger.Span.Line}), so {context.CalleeText(call, playbook.Path)} would change a system that has already recovered; only query and notify here, or trigger on the firing alert");
            }
        }
    }
}
