using Remedy.Compiler.Analysis;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Language;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Safety;

/// <summary>RMD1008: mutating steps with no <c>verify</c> after them (a warning; an error at autonomous, where nothing could be learned).</summary>
internal sealed class MissingVerifyRule : ISafetyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.MissingVerify;

    public IEnumerable<Diagnostic> Check(SafetyContext context)
    {
        foreach (var playbook in context.Analysis.Playbooks)
        {
            var pending = new List<StepAnalysis>();
            foreach (var member in playbook.Declaration.Members)
            {
                switch (member)
                {
                    case StepDecl step:
                        if (Find(playbook, step) is { IsMutating: true } s) pending.Add(s);
                        break;
                    case VerifyDecl:
                        pending.Clear();
                        break;
                    case ChooseDecl choose:
                        foreach (var option in choose.Options)
                        {
                            var optionPending = new List<StepAnalysis>();
                            foreach (var optionMember in option.Members)
                            {
                                if (optionMember is StepDecl optionStep && Find(playbook, optionStep) is { IsMutating: true } os) optionPending.Add(os);
                                if (optionMember is VerifyDecl) optionPending.Clear();
                            }
                            pending.AddRange(optionPending);
                        }
                        break;
                }
            }
            var autonomous = playbook.HighestAutonomy == AutonomyLevel.Autonomous;
            foreach (var step in pending)
            {
                yield return SafetyContext.Create(Descriptor, playbook.Path, step.Step.Name.IsMissing ? step.Step.Span : step.Step.Name.Span,
                    $"step '{step.Step.Name.Name}' changes the world but no 'verify' follows it, so a run cannot tell whether it worked" +
                    (autonomous ? $" and an autonomous playbook ({SafetyContext.AutonomySource(playbook)}) has nothing to learn from" : "") +
                    "; add 'verify within 5m { <condition> }' after it",
                    autonomous ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning);
            }
        }
    }

    private static StepAnalysis? Find(PlaybookAnalysis playbook, StepDecl step) =>
        playbook.Steps.FirstOrDefault(s => ReferenceEquals(s.Step, step));
}
