using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Formatting;

/// <summary>
/// Newlines mean nothing to the parser: a member ends only where its expression cannot go on.
/// The formatter drops the optional ';' between members, so it must put one back wherever the
/// next member's first token would otherwise continue the previous member and change the tree.
/// </summary>
internal static class SemicolonRules
{
    public static bool Needed(SyntaxNode previous, SyntaxNode next)
    {
        if (TrailingExpression(previous) is not { } tail)
        {
            // 'retry 2' followed by a statement that starts with the word 'backoff'.
            return previous is RetryClause { Backoff: null } && StartsWithName(next, "backoff");
        }
        var first = FirstExpression(next);
        if (first is null) return false;
        if (LeadingToken(first) is "(" or "[" or "-") return true;
        return EndsWithOpenSort(tail) && (StartsWithName(next, "asc") || StartsWithName(next, "desc"));
    }

    /// <summary>The expression a member ends with, if the member could be continued by the next tokens.</summary>
    private static Expression? TrailingExpression(SyntaxNode member) => member switch
    {
        LetStatement let => let.Value,
        ExpressionStatement statement => statement.Expression,
        WaitStatement wait => wait.Duration,
        NotifyStatement notify => notify.Message,
        EscalateStatement escalate => escalate.Target,
        Expression expression => expression,
        _ => null,
    };

    private static Expression? FirstExpression(SyntaxNode member) => member switch
    {
        ExpressionStatement statement => statement.Expression,
        Expression expression => expression,
        _ => null,
    };

    private static string LeadingToken(Expression expression) => expression switch
    {
        ParenthesizedExpression => "(",
        ListExpression => "[",
        MapExpression or RecordExpression => "{",
        UnaryExpression { Operator: UnaryOperator.Negate } => "-",
        UnaryExpression => "not",
        BinaryExpression binary => LeadingToken(binary.Left),
        PipeExpression pipe => LeadingToken(pipe.Source),
        CallExpression call => LeadingToken(call.Callee),
        MemberExpression member => LeadingToken(member.Target),
        IndexExpression index => LeadingToken(index.Target),
        NameExpression name => name.Name.Name,
        // The builder folds a minus sign into the literal after it: '-1' is one IntLiteral.
        IntLiteral { Text: ['-', ..] } or NumberLiteral { Text: ['-', ..] } or DurationLiteral { Text: ['-', ..] } or PercentLiteral { Text: ['-', ..] } => "-",
        _ => "literal",
    };

    private static bool StartsWithName(SyntaxNode member, string name) =>
        FirstExpression(member) is { } expression && LeadingToken(expression) == name;

    /// <summary>Whether the expression ends with '| sort by e' and no direction, which a following 'asc' or 'desc' would complete.</summary>
    private static bool EndsWithOpenSort(Expression expression) => expression switch
    {
        PipeExpression { Kind: PipeKind.SortBy, Direction: SortDirection.Default } => true,
        PipeExpression pipe => EndsWithOpenSort(pipe.Argument),
        BinaryExpression binary => EndsWithOpenSort(binary.Right),
        UnaryExpression unary => EndsWithOpenSort(unary.Operand),
        QuantifierExpression quantifier => EndsWithOpenSort(quantifier.Body),
        _ => false,
    };
}
