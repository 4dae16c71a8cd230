using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>An expression statement (a query called for its failure, if any).</summary>
/// <param name="Value">The expression.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrEvaluate(IrExpression Value, SourceSpan Span) : IrNode(Span);
