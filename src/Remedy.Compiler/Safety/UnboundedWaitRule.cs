using Remedy.Compiler.Symbols;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Safety;

/// <summary>
/// RMD1016: a <c>verify</c> without <c>within</c>; a retry backoff, wait, pause or verify window
/// that is not a literal duration; a rollback argument that is neither a parameter, a captured
/// value nor a literal (the journal must be able to replay it).
/// </summary>
internal sealed class UnboundedWaitRule : ISafetyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.UnboundedWait;

    public IEnumerable<Diagnostic> Check(SafetyContext context)
    {
        foreach (var (tree, _) in context.Binding.Files)
        {
            foreach (var node in tree.Nodes)
            {
                switch (node)
                {
                    case VerifyDecl { Within: null } verify:
                        yield return SafetyContext.Create(Descriptor, tree.Path, FirstWord(verify.Span, 6),
                            "this verify has no 'within', so a run could wait for it forever; add 'within <duration>', e.g. 'verify within 5m every 30s { ... }'");
                        break;
                    case VerifyDecl { Within: { } within } when within is not DurationLiteral && IsDuration(within, context):
                        yield return NotLiteral(tree.Path, within, "verify window", "within 5m");
                        break;
                    case RetryClause { Backoff: { } backoff } when backoff is not DurationLiteral && IsDuration(backoff, context):
                        yield return NotLiteral(tree.Path, backoff, "retry backoff", "backoff 10s");
                        break;
                    case WaitStatement { Duration: var duration } when duration is not DurationLiteral && IsDuration(duration, context):
                        yield return NotLiteral(tree.Path, duration, "wait", "wait 30s");
                        break;
                    case ForStatement { Pause: { } pause } when pause is not DurationLiteral && IsDuration(pause, context):
                        yield return NotLiteral(tree.Path, pause, "pause", "pause 30s");
                        break;
                }
            }
        }
        foreach (var action in context.Binding.Actions)
        {
            if (action.Rollback is not { } rollback) continue;
            if (context.Binding.CallTargets.GetValueOrDefault(rollback.Call) is not ActionSymbol) continue;
            foreach (var argument in rollback.Call.Arguments)
            {
                if (Replayable(argument.Value, context)) continue;
                var text = context.Display(argument.Value, action.Path!);
                yield return SafetyContext.Create(Descriptor, action.Path!, argument.Value.Span,
                    $"the rollback of '{action.Name}' passes {text}, which is computed when the rollback runs, not recorded before the action, so the journal cannot replay it; capture it ('capture previous = {text.Trim('`')}') and pass the captured name");
            }
        }
    }

    private Diagnostic NotLiteral(string path, Expression value, string what, string example) =>
        SafetyContext.Create(Descriptor, path, value.Span,
            $"the {what} must be a literal duration so its bound is known at compile time; write it as, e.g., '{example}'");

    /// <summary>Whether the value is a duration; other types were already reported by the type checker.</summary>
    private static bool IsDuration(Expression value, SafetyContext context) =>
        context.Binding.TypeOf(value).Kind == Types.TypeKind.Duration;

    private static SourceSpan FirstWord(SourceSpan span, int length) =>
        new(span.Start, Math.Min(length, span.Length), span.Line, span.Column, span.Line, span.Column + Math.Min(length, span.Length));

    private static bool Replayable(Expression value, SafetyContext context) => value switch
    {
        IntLiteral or NumberLiteral or DurationLiteral or PercentLiteral or BoolLiteral => true,
        StringLiteral s => s.IsConstant,
        ParenthesizedExpression p => Replayable(p.Inner, context),
        NameExpression n => context.Binding.SymbolOf(n) is { Kind: SymbolKind.Parameter or SymbolKind.Capture } or null,
        MissingExpression => true,
        _ => false,
    };
}
