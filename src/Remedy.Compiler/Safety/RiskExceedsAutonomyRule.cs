using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Language;

namespace Remedy.Compiler.Safety;

/// <summary>RMD1003: autonomous allows low and medium risk; supervised allows up to high; critical needs supervised with <c>approvers 2</c>.</summary>
internal sealed class RiskExceedsAutonomyRule : ISafetyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.RiskExceedsAutonomy;

    public IEnumerable<Diagnostic> Check(SafetyContext context)
    {
        foreach (var playbook in context.Analysis.Playbooks)
        {
            var level = playbook.HighestAutonomy;
            foreach (var call in playbook.Calls)
            {
                if (call.Action.Risk is not { } risk) continue;
                var callee = context.CalleeText(call, playbook.Path);
                var riskText = LanguageNames.Name(risk);
                if (level == AutonomyLevel.Autonomous && risk > RiskLevel.Medium)
                {
                    yield return SafetyContext.Create(Descriptor, playbook.Path, call.Call.Span,
                        $"{callee} is {riskText} risk, but this playbook can run autonomous ({SafetyContext.AutonomySource(playbook)}) and autonomous playbooks may only call low and medium risk actions; keep it supervised" +
                        (risk == RiskLevel.Critical ? " with 'approvers 2'" : ""));
                }
                else if (level == AutonomyLevel.Supervised && risk == RiskLevel.Critical)
                {
                    var approvers = call.Step.Members.OfType<Remedy.Syntax.Tree.ApproversClause>().Any()
                        ? context.Bounds.ConstantInt(call.Step.Members.OfType<Remedy.Syntax.Tree.ApproversClause>().First().Count)
                        : playbook.Approvers;
                    if ((approvers ?? 1) >= 2) continue;
                    yield return SafetyContext.Create(Descriptor, playbook.Path, call.Call.Span,
                        $"{callee} is critical risk and needs two different people to approve it, but step '{call.Step.Name.Name}' has {approvers ?? 1} approver(s); add 'approvers 2' to the step or the playbook");
                }
            }
        }
    }
}
