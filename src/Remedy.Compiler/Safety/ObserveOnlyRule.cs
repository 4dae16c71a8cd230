using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Language;

namespace Remedy.Compiler.Safety;

/// <summary>RMD1010: an <c>observe_only</c> playbook (with no promotion above it) contains a mutating call.</summary>
internal sealed class ObserveOnlyRule : ISafetyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.MutationInObserveOnly;

    public IEnumerable<Diagnostic> Check(SafetyContext context)
    {
        foreach (var playbook in context.Analysis.Playbooks)
        {
            if (playbook.HighestAutonomy != AutonomyLevel.ObserveOnly) continue;
            foreach (var call in playbook.MutatingCalls)
            {
                yield return SafetyContext.Create(Descriptor, playbook.Path, call.Call.Span,
                    $"playbook '{playbook.Name}' is observe_only, so it runs queries only and may not call {context.CalleeText(call, playbook.Path)}, which is {LanguageNames.Name(call.Action.Effect ?? EffectKind.Mutating)}; raise 'autonomy' to suggest or supervised, or remove the call");
            }
        }
    }
}
