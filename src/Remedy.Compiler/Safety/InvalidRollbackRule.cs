using Remedy.Compiler.Symbols;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Language;

namespace Remedy.Compiler.Safety;

/// <summary>RMD1011: a rollback that is itself irreversible or destructive, calls something other than an action, or is mistyped.</summary>
internal sealed class InvalidRollbackRule : ISafetyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.InvalidRollback;

    public IEnumerable<Diagnostic> Check(SafetyContext context)
    {
        foreach (var problem in context.Binding.RollbackProblems)
            yield return SafetyContext.Create(Descriptor, problem.Path, problem.Span, problem.Message);
        foreach (var action in context.Binding.Actions)
        {
            if (action.Rollback is not { } rollback) continue;
            if (context.Binding.CallTargets.GetValueOrDefault(rollback.Call) is not ActionSymbol target) continue;
            if (!target.IsIrreversible) continue;
            var why = target.Effect == EffectKind.Destructive ? "destructive" : "irreversible";
            yield return SafetyContext.Create(Descriptor, action.Path!, rollback.Call.Span,
                $"the rollback of '{action.Name}' calls '{target.Name}', which is {why}, so compensating a failed run could itself do harm that cannot be undone; roll back with a reversible action, or declare '{action.Name}' irreversible instead");
        }
    }
}
