using Remedy.Syntax.Diagnostics;

namespace Remedy.Compiler.Safety;

/// <summary>RMD1004: a playbook with mutating steps declares no <c>blast_radius</c>.</summary>
internal sealed class MissingBlastRadiusRule : ISafetyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.MissingBlastRadius;

    public IEnumerable<Diagnostic> Check(SafetyContext context)
    {
        foreach (var playbook in context.Analysis.Playbooks)
        {
            if (!playbook.IsMutating || playbook.BlastRadius is not null || playbook.Declaration.Name.IsMissing) continue;
            var first = playbook.MutatingCalls[0];
            yield return SafetyContext.Create(Descriptor, playbook.Path, playbook.Declaration.Name.Span,
                $"playbook '{playbook.Name}' changes the world ({context.CalleeText(first, playbook.Path)} in step '{first.Step.Name.Name}') but declares no blast_radius; add 'blast_radius {{ max_targets N }}' to bound what one run may touch");
        }
    }
}
