using Remedy.Syntax.Diagnostics;

namespace Remedy.Compiler.Safety;

/// <summary>RMD1006: a target list proven to come from outside the declared <c>scope</c> (a contradicting literal).</summary>
internal sealed class TargetScopeRule : ISafetyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.TargetOutOfScope;

    public IEnumerable<Diagnostic> Check(SafetyContext context)
    {
        foreach (var playbook in context.Analysis.Playbooks)
        {
            foreach (var list in playbook.TargetLists)
            {
                foreach (var scope in playbook.Scopes)
                {
                    var contradiction = list.Provenance.Constraints.FirstOrDefault(c => c.Field == scope.Field && c.Value != scope.Value);
                    if (contradiction is null) continue;
                    yield return SafetyContext.Create(Descriptor, playbook.Path, contradiction.Span,
                        $"{list.Display} holds targets with {scope.Field} \"{contradiction.Value}\" ({contradiction.Origin}), but the blast radius is scoped to {scope.Field} \"{scope.Value}\"; change it to \"{scope.Value}\" or change the scope");
                }
            }
        }
    }
}
