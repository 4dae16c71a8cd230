using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Language;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Analysis;

/// <summary>What a playbook's hover says about it: how autonomous it can become and how long it can take at worst.</summary>
internal static class PlaybookFacts
{
    /// <summary>The highest autonomy it can run at: its declared level or the level it may be promoted to.</summary>
    public static string AutonomyCeiling(PlaybookDecl playbook)
    {
        var declared = playbook.Members.OfType<AutonomyItem>().FirstOrDefault()?.Value;
        var promoted = playbook.Members.OfType<PromoteItem>().FirstOrDefault()?.Value;
        var ceiling = (declared, promoted) switch
        {
            ({ } d, { } p) => (AutonomyLevel)Math.Max((int)d, (int)p),
            ({ } d, null) => d,
            (null, { } p) => p,
            _ => (AutonomyLevel?)null,
        };
        return ceiling is { } level ? LanguageNames.Name(level) + (promoted is not null && promoted == ceiling && declared != ceiling ? " (by promotion)" : "") : "not declared";
    }

    /// <summary>
    /// The worst-case duration: each step's attempts (retries + 1) times its timeout (which
    /// already bounds its pauses and waits) plus the backoffs between attempts; the longest option
    /// of a choice; plus the verify windows. Null with the reason when a step has no timeout.
    /// </summary>
    public static (TimeSpan? Total, string Detail) WorstCaseDuration(SymbolResolver resolver, ModuleSource source, PlaybookDecl playbook)
    {
        var total = TimeSpan.Zero;
        foreach (var member in playbook.Members)
        {
            TimeSpan? part = member switch
            {
                StepDecl step => Step(resolver, source, step),
                ChooseDecl choose => choose.Options.Select(o => Sum(o.Members.Select(m => m switch
                {
                    StepDecl s => Step(resolver, source, s),
                    VerifyDecl v => Duration(v.Within) ?? TimeSpan.Zero,
                    _ => TimeSpan.Zero,
                }))).DefaultIfEmpty(TimeSpan.Zero).Max(),
                VerifyDecl verify => Duration(verify.Within),
                _ => TimeSpan.Zero,
            };
            if (part is null)
                return (null, member is StepDecl s ? $"step `{s.Name.Name}` has no timeout" : "a step or verify window has no bound");
            total += part.Value;
        }
        var limit = playbook.Members.OfType<TimeoutClause>().FirstOrDefault() is { } timeout ? Duration(timeout.Duration) : null;
        return (total, limit is { } l
            ? $"{SymbolDisplay.Format(total)}" + (total > l ? $", which exceeds `timeout {SymbolDisplay.Format(l)}`" : $" of `timeout {SymbolDisplay.Format(l)}`")
            : SymbolDisplay.Format(total));
    }

    private static TimeSpan? Sum(IEnumerable<TimeSpan?> parts)
    {
        var total = TimeSpan.Zero;
        foreach (var part in parts)
        {
            if (part is null) return null;
            total += part.Value;
        }
        return total;
    }

    private static TimeSpan? Step(SymbolResolver resolver, ModuleSource source, StepDecl step)
    {
        if (step.Members.OfType<TimeoutClause>().FirstOrDefault() is not { } timeout || Duration(timeout.Duration) is not { } limit) return null;
        var retry = step.Members.OfType<RetryClause>().FirstOrDefault();
        var retries = retry?.Count is IntLiteral count ? count.Value : 0;
        var backoff = Duration(retry?.Backoff) ?? TimeSpan.Zero;
        return limit * (retries + 1) + backoff * retries;
    }

    private static TimeSpan? Duration(Expression? expression) => expression is DurationLiteral d ? d.Value : null;
}
