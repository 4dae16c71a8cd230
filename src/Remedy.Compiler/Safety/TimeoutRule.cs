using Remedy.Compiler.Analysis;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Safety;

/// <summary>
/// RMD1009: the worst-case duration (steps × retries + pauses + verify windows) exceeds the
/// playbook's <c>timeout</c>, or a playbook that mutates declares no timeout.
/// </summary>
internal sealed class TimeoutRule : ISafetyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.TimeoutExceeded;

    public IEnumerable<Diagnostic> Check(SafetyContext context)
    {
        foreach (var playbook in context.Analysis.Playbooks)
        {
            var worst = DurationText.Format(playbook.WorstCase);
            var timeoutClause = playbook.Declaration.Members.OfType<TimeoutClause>().FirstOrDefault();
            if (timeoutClause is null)
            {
                if (!playbook.IsMutating || playbook.Declaration.Name.IsMissing) continue;
                yield return SafetyContext.Create(Descriptor, playbook.Path, playbook.Declaration.Name.Span,
                    playbook.WorstCase is null
                        ? $"playbook '{playbook.Name}' changes the world but declares no timeout, and its worst case cannot be computed ({playbook.WorstCaseBreakdown}); add 'timeout <duration>' so a stuck run is stopped and compensated"
                        : $"playbook '{playbook.Name}' changes the world but declares no timeout; its worst case is {worst} ({playbook.WorstCaseBreakdown}); add 'timeout {worst}' or longer so a stuck run is stopped and compensated");
                continue;
            }
            if (playbook.Timeout is not { } timeout || playbook.WorstCase is not { } worstCase || worstCase <= timeout) continue;
            yield return SafetyContext.Create(Descriptor, playbook.Path, timeoutClause.Span,
                $"the worst case of playbook '{playbook.Name}' is {worst} ({playbook.WorstCaseBreakdown}), longer than its timeout {DurationText.Format(timeout)}, so a slow run would be cut off mid-step; raise the timeout to at least {worst} or shorten step timeouts, retries or the verify window");
        }
    }
}
