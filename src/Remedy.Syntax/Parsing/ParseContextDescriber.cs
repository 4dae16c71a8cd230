using Antlr4.Runtime;
using Remedy.Syntax.Generated;
using P = Remedy.Syntax.Generated.RemedyParser;

namespace Remedy.Syntax.Parsing;

/// <summary>Names the construct a parse error happened in, in the words of the language.</summary>
internal static class ParseContextDescriber
{
    /// <summary>Describes a construct: <c>playbook 'x'</c>, <c>step 'restart'</c>, <c>the argument list</c>; null for plumbing rules.</summary>
    public static string? Describe(ParserRuleContext context) => context switch
    {
        P.PlaybookDeclContext c => Named("playbook", c.name()),
        P.ActionDeclContext c => Named("action", c.name()),
        P.QueryDeclContext c => Named("query", c.name()),
        P.ResourceDeclContext c => Named("resource", c.name()),
        P.SimulationDeclContext c => Named("simulation", c.name(0)),
        P.StepDeclContext c => Named("step", c.name()),
        P.OptionDeclContext c => Named("option", c.name()),
        P.BlastRadiusItemContext => "the blast_radius block",
        P.CircuitBreakerItemContext => "the circuit_breaker block",
        P.VerifyDeclContext => "the verify block",
        P.ChooseDeclContext => "the choose block",
        P.ForStmtContext => "the for loop",
        P.IfStmtContext or P.IfTailContext => "the if statement",
        P.HandlerItemContext c => $"the 'on {c.GetChild(1)?.GetText()}' handler",
        P.ArgumentListContext => "the argument list",
        P.ParameterListContext => "the parameter list",
        P.ListLiteralContext => "the list",
        P.MapLiteralContext => "the map",
        P.RecordLiteralContext => "the record",
        P.TypeRefContext => "the type",
        P.ParenPrimaryContext => "the parentheses",
        P.IndexOpContext => "the index",
        P.PopulationItemContext => "the population",
        _ => null,
    };

    /// <summary>What a rule expects, for when the set of expected tokens is too large to list.</summary>
    public static string? DescribeExpectation(ParserRuleContext context) => context switch
    {
        P.BlastRadiusItemContext => "max_targets, max_percent or scope",
        P.CircuitBreakerItemContext => "'trip after N failures within D' or 'cooldown D'",
        P.HandlerItemContext => "a statement (let, for, if, wait, require, abort, notify, escalate, rollback or a call)",
        _ => DescribeRuleExpectation(context.RuleIndex),
    };

    private static string? DescribeRuleExpectation(int rule) => rule switch
    {
        P.RULE_compilationUnit or P.RULE_declaration => "a declaration (resource, query, action, playbook or simulation)",
        P.RULE_playbookDecl or P.RULE_playbookItem =>
            "a playbook clause (trigger, autonomy, promote, blast_radius, circuit_breaker, rate_limit, cooldown, timeout, approvers, priority, let, step, verify, choose or on)",
        P.RULE_stepDecl or P.RULE_stepMember => "a statement (let, for, if, wait, require, abort, notify, escalate, rollback or a call) or a step setting (retry, timeout, approvers)",
        P.RULE_block or P.RULE_statement => "a statement (let, for, if, wait, require, abort, notify, escalate, rollback or a call)",
        P.RULE_actionDecl or P.RULE_actionClause => "an action clause (effect, risk, capture, rollback, irreversible, timeout or provider)",
        P.RULE_queryDecl or P.RULE_queryClause => "a query clause (provider, timeout or max_results)",
        P.RULE_resourceDecl or P.RULE_resourceField => "a field ('name: type')",
        P.RULE_blastRadiusClause => "max_targets, max_percent or scope",
        P.RULE_breakerClause => "'trip after N failures within D' or 'cooldown D'",
        P.RULE_simulationDecl or P.RULE_simulationItem => "a simulation clause (incidents, seed, population or outcome)",
        P.RULE_chooseDecl or P.RULE_optionDecl => "an option ('option name { ... }')",
        P.RULE_optionMember => "let, step or verify",
        P.RULE_literal => "a value (a number, duration, percentage, string, true or false)",
        P.RULE_typeRef => "a type",
        P.RULE_pipeStage => "a pipeline stage (where, take, sort by or map)",
        P.RULE_expression or P.RULE_orExpr or P.RULE_andExpr or P.RULE_notExpr or P.RULE_comparison or P.RULE_additive
            or P.RULE_multiplicative or P.RULE_unary or P.RULE_postfix or P.RULE_primary or P.RULE_argument
            or P.RULE_standaloneExpression or P.RULE_mapEntry => "an expression",
        _ => null,
    };

    /// <summary>
    /// Finds the innermost construct whose opening bracket of the given kind is still open,
    /// so a missing closer can say what it should close and where that began.
    /// </summary>
    public static (string What, IToken Start)? FindOpenConstruct(ParserRuleContext? context, int openerType, int closerType)
    {
        for (var c = context; c is not null; c = c.Parent as ParserRuleContext)
        {
            if (c.children is null) continue;
            var opened = c.children.OfType<Antlr4.Runtime.Tree.ITerminalNode>().Any(t => t.Symbol.Type == openerType && t.Symbol.TokenIndex >= 0);
            var closed = c.children.OfType<Antlr4.Runtime.Tree.ITerminalNode>().Any(t => t.Symbol.Type == closerType);
            if (!opened || closed) continue;
            var owner = c is P.BlockContext && c.Parent is ParserRuleContext parent ? parent : c;
            return (Describe(owner) ?? Describe(c) ?? "the block", owner.Start);
        }
        return null;
    }

    /// <summary>The innermost enclosing construct that has a description.</summary>
    public static string? DescribeEnclosing(ParserRuleContext? context)
    {
        for (var c = context; c is not null; c = c.Parent as ParserRuleContext)
        {
            if (c is P.ArgumentListContext or P.ParameterListContext or P.TypeRefContext or P.ParenPrimaryContext or P.IndexOpContext or P.ListLiteralContext or P.MapLiteralContext)
                continue;
            if (Describe(c) is { } text) return text;
        }
        return null;
    }

    private static string Named(string keyword, ParserRuleContext? name) =>
        name is null || name.Start.TokenIndex < 0 || name.GetText().StartsWith("<missing", StringComparison.Ordinal)
            ? keyword
            : $"{keyword} '{name.GetText()}'";
}
