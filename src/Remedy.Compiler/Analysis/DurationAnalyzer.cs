using Remedy.Compiler.Binding;
using Remedy.Compiler.Symbols;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Analysis;

/// <summary>
/// Computes worst-case durations. Per attempt, a step takes its <c>timeout</c> if declared,
/// else the sum of its calls' timeouts multiplied by enclosing loop bounds, plus waits and
/// pauses × (batches − 1); a step takes attempts × (retries + 1) + backoff × retries. Null
/// means unknown (an unbounded loop, a call without a timeout, a non-literal duration).
/// </summary>
internal sealed class DurationAnalyzer(BindingResult binding, BoundsAnalyzer bounds)
{
    /// <summary>The longest one attempt of the step can take.</summary>
    public TimeSpan? PerAttempt(StepDecl step)
    {
        var timeout = step.Members.OfType<TimeoutClause>().FirstOrDefault();
        if (timeout is not null) return timeout.Duration is DurationLiteral d ? d.Value : null;
        TimeSpan? total = TimeSpan.Zero;
        foreach (var statement in step.Members.OfType<Statement>()) total = Add(total, Statement(statement));
        return total;
    }

    /// <summary>The longest the step can take with retries and backoff.</summary>
    public TimeSpan? Step(StepDecl step, out long retries)
    {
        retries = 0;
        var attempt = PerAttempt(step);
        var retry = step.Members.OfType<RetryClause>().FirstOrDefault();
        if (retry is null) return attempt;
        if (retry.Count is not IntLiteral count) return null;
        retries = Math.Max(0, count.Value);
        TimeSpan? backoff = retry.Backoff switch
        {
            null => TimeSpan.Zero,
            DurationLiteral d => d.Value,
            _ => null,
        };
        return Add(Multiply(attempt, retries + 1), Multiply(backoff, retries));
    }

    private TimeSpan? Statements(IEnumerable<Statement> statements)
    {
        TimeSpan? total = TimeSpan.Zero;
        foreach (var statement in statements) total = Add(total, Statement(statement));
        return total;
    }

    private TimeSpan? Statement(Statement statement)
    {
        switch (statement)
        {
            case ForStatement f:
            {
                var once = Statements(f.Body.Statements);
                var bound = bounds.BoundOf(f.Source).Value;
                if (bound is not { } n) return once == TimeSpan.Zero && f.Pause is null ? Calls(f.Source) : null;
                var body = Multiply(once, n);
                TimeSpan? pauses = TimeSpan.Zero;
                if (f.Pause is not null)
                {
                    if (f.Pause is not DurationLiteral pause) return null;
                    long batch = 1;
                    if (f.Batch is not null)
                    {
                        if (bounds.ConstantInt(f.Batch) is not { } b) return null;
                        batch = Math.Max(1, b);
                    }
                    var batches = (n + batch - 1) / batch;
                    pauses = Multiply(pause.Value, Math.Max(0, batches - 1));
                }
                return Add(Add(Calls(f.Source), body), pauses);
            }
            case IfStatement i:
                return Add(Calls(i.Condition), Max(Statements(i.Then.Statements), IfElse(i)));
            case WaitStatement w:
                return w.Duration is DurationLiteral d ? d.Value : null;
            case NotifyStatement n:
                return Add(Add(Calls(n.Channel), Calls(n.Message)), StatementTimeout("notify"));
            case EscalateStatement e:
                return Add(Calls(e.Target), StatementTimeout("escalate"));
            default:
                return Calls(statement);
        }
    }

    private TimeSpan? IfElse(IfStatement i) =>
        i.ElseIf is not null ? Statement(i.ElseIf) : i.Else is not null ? Statements(i.Else.Statements) : TimeSpan.Zero;

    private TimeSpan StatementTimeout(string name) =>
        binding.Modules.GetValueOrDefault("std.notify")?.Members.GetValueOrDefault(name) is ActionSymbol { Timeout: { } t } ? t : TimeSpan.Zero;

    /// <summary>The sum of the timeouts of the query and action calls inside a node.</summary>
    private TimeSpan? Calls(SyntaxNode node)
    {
        TimeSpan? total = TimeSpan.Zero;
        foreach (var call in node.DescendantsAndSelf().OfType<CallExpression>())
        {
            if (binding.CallTargets.GetValueOrDefault(call) is CallableSymbol callable)
                total = Add(total, callable.Timeout);
        }
        return total;
    }

    public static TimeSpan? Add(TimeSpan? a, TimeSpan? b) => a is { } x && b is { } y ? x + y : null;

    public static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is { } x && b is { } y ? (x > y ? x : y) : null;

    public static TimeSpan? Multiply(TimeSpan? a, long n)
    {
        if (a is not { } x) return null;
        var ticks = (decimal)x.Ticks * n;
        return ticks > TimeSpan.MaxValue.Ticks / 4 ? null : TimeSpan.FromTicks((long)ticks);
    }
}
