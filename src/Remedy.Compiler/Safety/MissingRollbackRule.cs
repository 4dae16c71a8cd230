using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Language;

namespace Remedy.Compiler.Safety;

/// <summary>RMD1001: a mutating action with neither a rollback nor <c>irreversible</c>, at its declaration and at every call.</summary>
internal sealed class MissingRollbackRule : ISafetyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.MissingRollback;

    public IEnumerable<Diagnostic> Check(SafetyContext context)
    {
        foreach (var action in context.Binding.Actions)
        {
            if (action.Effect != EffectKind.Mutating || action.Rollback is not null || action.Irreversible is not null) continue;
            yield return SafetyContext.Create(Descriptor, action.Path!, action.NameNode!.Span,
                $"action '{action.Name}' is mutating but declares neither 'rollback <action>(...)' nor 'irreversible \"reason\"'; add a rollback that undoes it (with 'capture' for the state it needs), or say why it cannot be undone");
        }
        foreach (var playbook in context.Analysis.Playbooks)
        {
            foreach (var call in playbook.MutatingCalls)
            {
                var action = call.Action;
                if (action.Effect != EffectKind.Mutating || action.Rollback is not null || action.Irreversible is not null) continue;
                yield return SafetyContext.Create(Descriptor, playbook.Path, call.Call.Span,
                    $"step '{call.Step.Name.Name}' calls {context.CalleeText(call, playbook.Path)}, which is mutating but has neither a rollback nor 'irreversible': a failed run could not be compensated. Add 'rollback ...' to action '{action.Name}' or declare it irreversible");
            }
        }
    }
}
