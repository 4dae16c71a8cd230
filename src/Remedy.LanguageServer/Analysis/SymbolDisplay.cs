using System.Text;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Analysis;

/// <summary>How declarations read in hovers, completion details and signature help.</summary>
internal static class SymbolDisplay
{
    public static string Signature(Declaration declaration, string? qualifier = null)
    {
        var name = qualifier is null ? declaration.Name.Name : $"{qualifier}.{declaration.Name.Name}";
        return declaration switch
        {
            ActionDecl a => $"action {name}({Parameters(a.Parameters)})",
            QueryDecl q => $"query {name}({Parameters(q.Parameters)})" + (q.ReturnType is { } r ? $" -> {r}" : ""),
            ResourceDecl r => $"resource {name}",
            PlaybookDecl => $"playbook {name}",
            SimulationDecl s => $"simulation {name} for {s.Playbook.Name}",
            _ => name,
        };
    }

    public static string Parameters(IEnumerable<Parameter> parameters) => string.Join(", ", parameters.Select(Parameter));

    public static string Parameter(Parameter parameter) => $"{parameter.Name.Name}: {parameter.Type}";

    /// <summary>The effect, risk and undo of an action, as one line of Markdown.</summary>
    public static string ActionFacts(ActionDecl action)
    {
        var effect = action.Clauses.OfType<EffectClause>().FirstOrDefault()?.Effect.Name ?? "unspecified";
        var risk = action.Clauses.OfType<RiskClause>().FirstOrDefault()?.Risk.Name ?? "unspecified";
        var facts = new StringBuilder($"**effect** `{effect}` · **risk** `{risk}`");
        if (action.Clauses.OfType<RollbackClause>().FirstOrDefault() is { } rollback)
            facts.Append($" · **rollback** `{CallText(rollback.Call)}`");
        else if (action.Clauses.OfType<IrreversibleClause>().FirstOrDefault() is { } irreversible)
            facts.Append($" · **irreversible**: {irreversible.Reason.Value}");
        else if (effect != "read_only")
            facts.Append(" · **no rollback declared**");
        return facts.ToString();
    }

    public static string CallText(CallExpression call) => $"{ExpressionText(call.Callee)}({string.Join(", ", call.Arguments.Select(a => (a.Name is { } n ? n.Name + ": " : "") + ExpressionText(a.Value)))})";

    public static string ExpressionText(Expression expression) => expression switch
    {
        NameExpression n => n.Name.Name,
        MemberExpression m => $"{ExpressionText(m.Target)}.{m.Member.Name}",
        CallExpression c => CallText(c),
        IntLiteral i => i.Text,
        StringLiteral s => s.RawText,
        DurationLiteral d => d.Text,
        _ => "…",
    };

    public static string Format(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero) return "0s";
        var parts = new List<string>();
        if (duration.Days > 0) parts.Add($"{duration.Days}d");
        if (duration.Hours > 0) parts.Add($"{duration.Hours}h");
        if (duration.Minutes > 0) parts.Add($"{duration.Minutes}m");
        if (duration.Seconds > 0) parts.Add($"{duration.Seconds}s");
        if (duration.Milliseconds > 0) parts.Add($"{duration.Milliseconds}ms");
        return string.Concat(parts);
    }
}
