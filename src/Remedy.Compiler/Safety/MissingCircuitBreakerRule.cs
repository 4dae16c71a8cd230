using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Language;

namespace Remedy.Compiler.Safety;

/// <summary>RMD1007: an autonomous playbook (declared or promoted) has no <c>circuit_breaker</c>.</summary>
internal sealed class MissingCircuitBreakerRule : ISafetyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.MissingCircuitBreaker;

    public IEnumerable<Diagnostic> Check(SafetyContext context)
    {
        foreach (var playbook in context.Analysis.Playbooks)
        {
            if (playbook.HighestAutonomy != AutonomyLevel.Autonomous || playbook.CircuitBreaker is not null) continue;
            var span = playbook.PromotedAutonomy == AutonomyLevel.Autonomous && playbook.PromoteItem is not null
                ? playbook.PromoteItem.Span
                : playbook.AutonomyItem?.Span ?? playbook.Declaration.Name.Span;
            yield return SafetyContext.Create(Descriptor, playbook.Path, span,
                $"playbook '{playbook.Name}' can run autonomous ({SafetyContext.AutonomySource(playbook)}) but declares no circuit_breaker, so repeated failures would go on unattended; add 'circuit_breaker {{ trip after 3 failures within 1h; cooldown 30m }}'");
        }
    }
}
