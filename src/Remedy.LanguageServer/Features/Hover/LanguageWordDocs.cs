using System.Collections.Frozen;
using Remedy.Syntax.Language;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Features.Hover;

/// <summary>What the enumeration words mean (autonomy levels, effects, risks, policies), for hovering over them; the rules are the compiler's safety rules.</summary>
internal static class LanguageWordDocs
{
    private static readonly FrozenDictionary<string, string> Autonomy = new Dictionary<string, string>
    {
        ["observe_only"] = "Runs queries only; a mutating call is an error (RMD1010).",
        ["suggest"] = "Records the plan a run would carry out; nothing changes without a person.",
        ["supervised"] = "Waits for approval (`approvers N`, default 1) before each mutating step. Actions up to `high` risk; `critical` needs `approvers 2` (RMD1003).",
        ["autonomous"] = "Runs without a person. Needs a `circuit_breaker` (RMD1007) and a `verify` (RMD1008); no irreversible or destructive action may be reachable (RMD1002); actions up to `medium` risk (RMD1003).",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Effects = new Dictionary<string, string>
    {
        ["read_only"] = "Changes nothing; allowed at every autonomy level.",
        ["mutating"] = "Changes the world; must declare `rollback <call>` or `irreversible \"reason\"` (RMD1001).",
        ["destructive"] = "Destroys something; always irreversible, never reachable at `autonomous` (RMD1002).",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Risks = new Dictionary<string, string>
    {
        ["low"] = "Allowed at every autonomy level that may act.",
        ["medium"] = "The highest risk allowed at `autonomous` (RMD1003).",
        ["high"] = "Needs `supervised` or lower (RMD1003).",
        ["critical"] = "Needs `supervised` with `approvers 2` (RMD1003).",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Policies = new Dictionary<string, string>
    {
        ["thompson"] = "Thompson sampling: a Beta-Bernoulli posterior per option; `verify` is the reward.",
        ["q_learning"] = "Tabular Q-learning with ε-greedy exploration over the features.",
        ["ucb"] = "Upper confidence bound: tries the option whose optimistic success estimate is highest.",
        ["cases"] = "Case-based reasoning: the option that worked for the nearest past incidents.",
        ["fixed"] = "Always the named option: `fixed \"option\"`.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The Markdown for the word at <paramref name="word"/> inside <paramref name="parent"/>, or null when it is not such a word.</summary>
    public static string? For(SyntaxNode parent, Identifier word)
    {
        var (kind, table) = parent switch
        {
            AutonomyItem or PromoteItem => ("autonomy level", Autonomy),
            EffectClause => ("effect", Effects),
            RiskClause => ("risk", Risks),
            ChooseDecl => ("learning policy", Policies),
            _ => ("", null),
        };
        return table is not null && table.TryGetValue(word.Name, out var doc) ? $"```remedy\n{word.Name}\n```\n\n*{kind}*: {doc}" : null;
    }

    /// <summary>The Markdown for a parameter name in <c>choose remedy by policy(name: value)</c>, or null when the policy has no such parameter.</summary>
    public static string? ForPolicyParameter(ChooseDecl choose, Identifier word) =>
        choose.Value is { } policy && PolicyParameters.Find(policy, word.Name) is { } parameter
            ? $"```remedy\n{word.Name}: {parameter.Default}\n```\n\n*parameter of {LanguageNames.Name(policy)}*: {parameter.Meaning}\n\nValue: {parameter.Describe()}; default `{parameter.Default}`."
            : null;
}
