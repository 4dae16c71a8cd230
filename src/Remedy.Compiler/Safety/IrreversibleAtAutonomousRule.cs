using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Language;

namespace Remedy.Compiler.Safety;

/// <summary>RMD1002: an irreversible or destructive action reachable at <c>autonomous</c>, declared or promoted.</summary>
internal sealed class IrreversibleAtAutonomousRule : ISafetyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.IrreversibleAtAutonomous;

    public IEnumerable<Diagnostic> Check(SafetyContext context)
    {
        foreach (var playbook in context.Analysis.Playbooks)
        {
            if (playbook.HighestAutonomy != AutonomyLevel.Autonomous) continue;
            foreach (var call in playbook.MutatingCalls)
            {
                if (!call.Action.IsIrreversible) continue;
                var why = call.Action.Effect == EffectKind.Destructive ? "destructive" : $"irreversible (\"{call.Action.Irreversible?.Reason.Value}\")";
                var fix = playbook.PromotedAutonomy == AutonomyLevel.Autonomous && playbook.DeclaredAutonomy < AutonomyLevel.Autonomous
                    ? "remove the promotion (stay supervised) or use a reversible action"
                    : "make the playbook 'autonomy supervised' or use a reversible action";
                yield return SafetyContext.Create(Descriptor, playbook.Path, call.Call.Span,
                    $"{context.CalleeText(call, playbook.Path)} is {why}, and this playbook can run autonomous ({SafetyContext.AutonomySource(playbook)}), so nobody would approve a change that cannot be undone; {fix}");
            }
        }
    }
}
